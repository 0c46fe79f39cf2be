# SPDX-License-Identifier: BSL-1.0
# Findlibmariadb: MariaDB Connector/C, the client library of the mysqlclient API (Debian: libmariadb-dev).
# It ships no CMake package, so sequel finds it here, and installs this file beside sequelConfig.cmake
# for users of sequel::mysql.
#
# Defines libmariadb_FOUND, libmariadb_VERSION (Connector/C's own version, e.g. 3.3.20) and the
# IMPORTED target libmariadb::libmariadb, whose include directory is the folder of mysql.h
# (/usr/include/mariadb on Debian: #include <mysql.h> works, and so does <mariadb/mysql.h>).
# Searched with the hints of pkg-config's libmariadb module when pkg-config is there, then in the
# usual places; libmariadb_INCLUDE_DIR and libmariadb_LIBRARY in the cache override the search.
find_package(PkgConfig QUIET)
if(PKG_CONFIG_FOUND)
  pkg_check_modules(PC_libmariadb QUIET libmariadb)
endif()

find_path(libmariadb_INCLUDE_DIR NAMES mysql.h
  HINTS ${PC_libmariadb_INCLUDEDIR} ${PC_libmariadb_INCLUDE_DIRS}
  PATH_SUFFIXES mariadb)
find_library(libmariadb_LIBRARY NAMES mariadb libmariadb
  HINTS ${PC_libmariadb_LIBDIR} ${PC_libmariadb_LIBRARY_DIRS})

if(libmariadb_INCLUDE_DIR AND EXISTS ${libmariadb_INCLUDE_DIR}/mariadb_version.h)
  file(STRINGS ${libmariadb_INCLUDE_DIR}/mariadb_version.h version_line
    REGEX "^#define[ \t]+MARIADB_PACKAGE_VERSION[ \t]+\"[^\"]+\"")
  if(version_line MATCHES "\"([^\"]+)\"")
    set(libmariadb_VERSION ${CMAKE_MATCH_1})
  endif()
  unset(version_line)
elseif(PC_libmariadb_VERSION)
  set(libmariadb_VERSION ${PC_libmariadb_VERSION})
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(libmariadb
  REQUIRED_VARS libmariadb_LIBRARY libmariadb_INCLUDE_DIR
  VERSION_VAR libmariadb_VERSION)

if(libmariadb_FOUND AND NOT TARGET libmariadb::libmariadb)
  add_library(libmariadb::libmariadb UNKNOWN IMPORTED)
  set_target_properties(libmariadb::libmariadb PROPERTIES
    IMPORTED_LOCATION "${libmariadb_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${libmariadb_INCLUDE_DIR}")
endif()
mark_as_advanced(libmariadb_INCLUDE_DIR libmariadb_LIBRARY)

// SPDX-License-Identifier: BSL-1.0
// A TCP proxy on 127.0.0.1 for fault tests: the connection under test goes through it to a real
// server, and the test makes the network fail on cue without touching the server others use.
//
//   run_test::fault_proxy proxy("127.0.0.1", 54329);   // listens on 127.0.0.1:proxy.port()
//   auto db = sq::connect(proxy.rewrite(url));         // the URL with the proxy's port
//   proxy.freeze();   // bytes stop moving both ways, sockets stay open: a server that hangs
//   proxy.cut();      // every proxied socket is closed: a server that died
//   proxy.thaw();     // bytes move again (connections opened after cut() work normally)
//
// fault_proxy::silent() accepts connections and never answers: a server that took the TCP
// connection but hangs before its greeting. Everything runs on one background thread with poll();
// the destructor stops it. Loopback only.
#pragma once
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cerrno>
#include <cstdint>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace run_test {

class fault_proxy {
 public:
  // Forwards to target_host:target_port (a numeric IPv4 address).
  fault_proxy(std::string target_host, std::uint16_t target_port)
      : target_host_(std::move(target_host)), target_port_(target_port) {
    start();
  }
  // Forwards to the host and port of a server URL (scheme://user:password@host:port/database),
  // the scheme's default port when it names none; the host must be a numeric IPv4 address.
  explicit fault_proxy(std::string const& url) {
    auto const at = url.find('@') == std::string::npos ? url.find("://") + 3 : url.find('@') + 1;
    auto const end = url.find_first_of("/?", at);
    std::string const host_port = url.substr(at, end == std::string::npos ? std::string::npos : end - at);
    auto const colon = host_port.rfind(':');
    std::string const host = colon == std::string::npos ? host_port : host_port.substr(0, colon);
    target_host_ = host.empty() || host == "localhost" ? "127.0.0.1" : host;
    target_port_ = colon != std::string::npos ? static_cast<std::uint16_t>(std::stoi(host_port.substr(colon + 1)))
                   : url.starts_with("postgres")  ? std::uint16_t{5432}
                                                  : std::uint16_t{3306};
    start();
  }
  // Accepts and never answers.
  static fault_proxy silent() { return fault_proxy(); }

  fault_proxy(fault_proxy&& other) = delete;
  ~fault_proxy() {
    stop_ = true;
    if (thread_.joinable()) thread_.join();
    for (auto& p : pairs_) close_pair(p);
    for (int fd : silent_clients_) ::close(fd);
    ::close(listener_);
  }

  std::uint16_t port() const noexcept { return port_; }
  void freeze() noexcept { frozen_ = true; }
  void thaw() noexcept { frozen_ = false; }
  void cut() noexcept { cut_requested_ = true; wait_for_loop(); }
  // Connections accepted so far.
  int accepted() const noexcept { return accepted_; }

  // url with its host:port replaced by 127.0.0.1:port() (the part between '@' and the next '/').
  std::string rewrite(std::string const& url) const {
    auto const scheme_end = url.find("://");
    auto const host_start = url.find('@') == std::string::npos ? scheme_end + 3 : url.find('@') + 1;
    auto const host_end = url.find('/', host_start);
    return url.substr(0, host_start) + "127.0.0.1:" + std::to_string(port_) +
           (host_end == std::string::npos ? "" : url.substr(host_end));
  }

 private:
  fault_proxy() : silent_(true) { start(); }

  struct pair {
    int client = -1, server = -1;
  };

  void start() {
    listener_ = ::socket(AF_INET, SOCK_STREAM, 0);
    if (listener_ < 0) throw std::runtime_error("fault_proxy: socket() failed");
    int yes = 1;
    ::setsockopt(listener_, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;  // any free port
    if (::bind(listener_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::listen(listener_, 64) != 0)
      throw std::runtime_error("fault_proxy: cannot listen on 127.0.0.1");
    socklen_t length = sizeof address;
    ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &length);
    port_ = ntohs(address.sin_port);
    thread_ = std::thread([this] { loop(); });
  }

  int connect_target() const {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(target_port_);
    ::inet_pton(AF_INET, target_host_.c_str(), &address.sin_addr);
    if (fd >= 0 && ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0) return fd;
    if (fd >= 0) ::close(fd);
    return -1;
  }

  static void close_pair(pair& p) {
    if (p.client >= 0) ::close(p.client);
    if (p.server >= 0) ::close(p.server);
    p = {};
  }

  // Copies what is readable on `from` to `to`; false when either side closed.
  static bool pump(int from, int to) {
    char buffer[16384];
    ssize_t n = ::recv(from, buffer, sizeof buffer, 0);
    if (n <= 0) return false;
    for (ssize_t sent = 0; sent < n;) {
      ssize_t m = ::send(to, buffer + sent, static_cast<std::size_t>(n - sent), MSG_NOSIGNAL);
      if (m <= 0) return false;
      sent += m;
    }
    return true;
  }

  void wait_for_loop() {
    for (int i = 0; i < 200 && cut_requested_; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }

  void loop() {
    while (!stop_) {
      if (cut_requested_) {
        for (auto& p : pairs_) close_pair(p);
        pairs_.clear();
        cut_requested_ = false;
      }
      std::vector<pollfd> fds{{listener_, POLLIN, 0}};
      bool const moving = !frozen_;
      if (moving)
        for (auto const& p : pairs_) {
          fds.push_back({p.client, POLLIN, 0});
          fds.push_back({p.server, POLLIN, 0});
        }
      if (::poll(fds.data(), fds.size(), 20) <= 0) continue;
      if (fds[0].revents & POLLIN) {
        int client = ::accept(listener_, nullptr, nullptr);
        if (client >= 0) {
          ++accepted_;
          if (silent_) {
            silent_clients_.push_back(client);
          } else if (int server = connect_target(); server >= 0) {
            pairs_.push_back({client, server});
          } else {
            ::close(client);
          }
        }
      }
      if (!moving) continue;
      // Only the pairs polled: one accepted just now has no entry in fds yet.
      std::size_t const polled = (fds.size() - 1) / 2;
      for (std::size_t i = 0; i < polled; ++i) {
        auto const& client_poll = fds[1 + 2 * i];
        auto const& server_poll = fds[2 + 2 * i];
        bool alive = true;
        if (client_poll.revents & (POLLIN | POLLHUP | POLLERR)) alive = pump(pairs_[i].client, pairs_[i].server);
        if (alive && (server_poll.revents & (POLLIN | POLLHUP | POLLERR)))
          alive = pump(pairs_[i].server, pairs_[i].client);
        if (!alive) close_pair(pairs_[i]);
      }
      std::erase_if(pairs_, [](pair const& p) { return p.client < 0; });
    }
  }

  std::string target_host_;
  std::uint16_t target_port_ = 0;
  bool silent_ = false;
  int listener_ = -1;
  std::uint16_t port_ = 0;
  std::thread thread_;
  std::atomic<bool> stop_{false}, frozen_{false}, cut_requested_{false};
  std::atomic<int> accepted_{0};
  std::vector<pair> pairs_;         // the loop thread's own
  std::vector<int> silent_clients_;  // likewise
};

}  // namespace run_test

// SPDX-License-Identifier: BSL-1.0
// What all() and add_all() return: the session's objects, iterated and indexed as T&.
#pragma once
#include <cstddef>
#include <iterator>
#include <utility>
#include <vector>

namespace sequel {

// Objects the session returns: iterates as T&, indexes as T&.
template <class T>
class object_list {
 public:
  class iterator {
   public:
    using value_type = T;
    using reference = T&;
    using difference_type = std::ptrdiff_t;
    using iterator_category = std::forward_iterator_tag;
    iterator() = default;
    explicit iterator(T* const* at) : at_(at) {}
    T& operator*() const { return **at_; }
    T* operator->() const { return *at_; }
    iterator& operator++() {
      ++at_;
      return *this;
    }
    iterator operator++(int) { return iterator(at_++); }
    friend bool operator==(iterator, iterator) = default;

   private:
    T* const* at_ = nullptr;
  };

  object_list() = default;
  explicit object_list(std::vector<T*> objects) : objects_(std::move(objects)) {}

  iterator begin() const { return iterator(objects_.data()); }
  iterator end() const { return iterator(objects_.data() + objects_.size()); }
  std::size_t size() const noexcept { return objects_.size(); }
  bool empty() const noexcept { return objects_.empty(); }
  T& operator[](std::size_t i) const { return *objects_[i]; }
  T& front() const { return *objects_.front(); }
  T& back() const { return *objects_.back(); }
  std::vector<T*> const& pointers() const noexcept { return objects_; }
  void push_back(T* object) { objects_.push_back(object); }

 private:
  std::vector<T*> objects_;
};

}  // namespace sequel

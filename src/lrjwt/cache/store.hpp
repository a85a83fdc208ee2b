#pragma once

#include "lrjwt/cache/cache_key.hpp"
#include "lrjwt/util/error.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lrjwt::cache {

// The cache directory: $LRJWT_CACHE_DIR, else $XDG_CACHE_HOME/lrjwt, else ~/.cache/lrjwt.
Result<std::string> default_dir();

// "Now" in epoch seconds; LRJWT_TEST_NOW overrides it so tests can pin time.
std::int64_t now();

// One stored JWT and what `cache list` shows of it.
struct Entry {
  std::string file;
  std::string identity;
  std::string app;
  std::string base_url;
  std::string api;
  std::string jwt;
  std::optional<std::int64_t> exp; // the JWT's own exp
};

// An exclusive lock on one key, released when destroyed.
class KeyLock {
public:
  KeyLock() = default;
  explicit KeyLock(int fd) : m_fd(fd) {}
  KeyLock(KeyLock&& other) noexcept : m_fd(other.m_fd) { other.m_fd = -1; }
  KeyLock& operator=(KeyLock&& other) noexcept;
  KeyLock(const KeyLock&) = delete;
  KeyLock& operator=(const KeyLock&) = delete;
  ~KeyLock();

private:
  int m_fd = -1;
};

// A directory of entries, one file per key (0600, in a 0700 directory).
// Problems with single entries are warnings, never errors.
class Store {
public:
  // Creates the directory if needed; refuses one that group or others can access.
  static Result<Store> open(const std::string& dir, bool create);

  // The entry for `key`, or nullopt (missing, or ignored with a warning:
  // corrupt, foreign, unsafe permissions).
  std::optional<Entry> read(const CacheKey& key) const;

  // Stores `jwt` for `key` atomically (temporary file, then rename).
  Result<void> write(const CacheKey& key, const std::string& jwt) const;

  // Waits up to `timeout_ms` for the key's lock.
  Result<KeyLock> lock(const CacheKey& key, long timeout_ms) const;

  // Every readable entry, sorted by identity.
  std::vector<Entry> list() const;

  // Removes entries (all, or only those expired at `now`); returns how many.
  int clear(bool expired_only, std::int64_t now_epoch) const;

  const std::string& dir() const { return m_dir; }

private:
  explicit Store(std::string dir) : m_dir(std::move(dir)) {}
  std::optional<Entry> read_file(const std::string& name, const std::string* expected_id, bool warn) const;

  std::string m_dir;
};

} // namespace lrjwt::cache

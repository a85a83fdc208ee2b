#include "lrjwt/cache/store.hpp"

#include "lrjwt/io/input.hpp"
#include "lrjwt/jwt/compact.hpp"
#include "lrjwt/jwt/time_claim.hpp"
#include "lrjwt/util/diag.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <ctime>
#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace lrjwt::cache {
namespace {

constexpr std::size_t k_max_entry_bytes = 64 * 1024;
constexpr int k_format_version = 1;

std::string errno_text()
{
  return std::strerror(errno);
}

bool is_entry_name(std::string_view name)
{
  return name.size() == 64 + 5 && name.ends_with(".json")
         && std::all_of(name.begin(), name.end() - 5, [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
}

// Creates `path` and missing parents with mode 0700.
bool make_dirs(const std::string& path)
{
  std::string partial;
  std::size_t pos = 0;
  while (pos != std::string::npos) {
    pos = path.find('/', pos + 1);
    partial = path.substr(0, pos);
    if (partial.empty()) {
      continue;
    }
    if (::mkdir(partial.c_str(), 0700) != 0 && errno != EEXIST) {
      return false;
    }
  }
  return true;
}

std::optional<std::int64_t> jwt_exp(const std::string& jwt)
{
  auto token = jwt::parse_compact(jwt, jwt::ParseMode::lenient);
  if (!token) {
    return std::nullopt;
  }
  const auto exp = jwt::read_time_claim(token->payload_json, "exp");
  if (exp.status != jwt::TimeClaim::Status::usable) {
    return std::nullopt;
  }
  return exp.seconds;
}

} // namespace

Result<std::string> default_dir()
{
  if (auto v = io::env("LRJWT_CACHE_DIR"); v && !v->empty()) {
    return *v;
  }
  if (auto v = io::env("XDG_CACHE_HOME"); v && !v->empty() && v->front() == '/') {
    return *v + "/lrjwt";
  }
  if (auto home = io::env("HOME"); home && !home->empty()) {
    return *home + "/.cache/lrjwt";
  }
  return fail(ExitCode::usage, "no cache directory: set LRJWT_CACHE_DIR, XDG_CACHE_HOME or HOME");
}

std::int64_t now()
{
  if (auto v = io::env("LRJWT_TEST_NOW"); v && !v->empty()) {
    char* end = nullptr;
    const long long t = std::strtoll(v->c_str(), &end, 10);
    if (end && *end == '\0') {
      return t;
    }
  }
  return static_cast<std::int64_t>(std::time(nullptr));
}

KeyLock& KeyLock::operator=(KeyLock&& other) noexcept
{
  if (this != &other) {
    if (m_fd >= 0) {
      ::close(m_fd);
    }
    m_fd = other.m_fd;
    other.m_fd = -1;
  }
  return *this;
}

KeyLock::~KeyLock()
{
  if (m_fd >= 0) {
    ::close(m_fd); // closing releases the flock
  }
}

Result<Store> Store::open(const std::string& dir, bool create)
{
  struct stat st{};
  if (::lstat(dir.c_str(), &st) != 0) {
    if (errno != ENOENT) {
      return fail(ExitCode::usage, fmt::format("cache directory {}: {}", dir, errno_text()));
    }
    if (!create) {
      return Store(dir);
    }
    if (!make_dirs(dir) || ::lstat(dir.c_str(), &st) != 0) {
      return fail(ExitCode::usage, fmt::format("cannot create cache directory {}: {}", dir, errno_text()));
    }
  }
  if (!S_ISDIR(st.st_mode)) {
    return fail(ExitCode::usage, fmt::format("cache directory {} is not a directory", dir));
  }
  if (st.st_uid != ::geteuid()) {
    return fail(ExitCode::usage, fmt::format("cache directory {} belongs to another user; not using it", dir));
  }
  if ((st.st_mode & 077) != 0) {
    return fail(ExitCode::usage,
                fmt::format("cache directory {} is accessible by group or others (mode {:o}); not using it "
                            "(chmod 700 it)",
                            dir, st.st_mode & 0777));
  }
  return Store(dir);
}

std::optional<Entry> Store::read_file(const std::string& name, const std::string* expected_id, bool warn) const
{
  const std::string path = m_dir + "/" + name;
  auto warn_ignored = [&](std::string_view why) {
    if (warn) {
      diag::warning(fmt::format("ignoring cache entry {}: {}", path, why));
    }
    return std::nullopt;
  };
  const int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) {
      return std::nullopt;
    }
    return warn_ignored(errno_text());
  }
  struct stat st{};
  std::string text;
  bool ok = ::fstat(fd, &st) == 0;
  if (ok && S_ISREG(st.st_mode) && st.st_uid == ::geteuid() && (st.st_mode & 077) == 0
      && std::size_t(st.st_size) <= k_max_entry_bytes) {
    text.resize(std::size_t(st.st_size));
    ok = ::read(fd, text.data(), text.size()) == ssize_t(text.size());
  } else if (ok) {
    ::close(fd);
    return warn_ignored(S_ISREG(st.st_mode) && std::size_t(st.st_size) <= k_max_entry_bytes
                          ? "it is readable by group or others, or not ours"
                          : "not a small regular file");
  }
  ::close(fd);
  if (!ok) {
    return warn_ignored("cannot read it");
  }
  const auto doc = nlohmann::json::parse(text, nullptr, false);
  if (doc.is_discarded() || !doc.is_object() || doc.value("lrjwt_cache", 0) != k_format_version) {
    return warn_ignored("corrupt or written by another program");
  }
  Entry e;
  e.file = path;
  auto field = [&](const char* k) { return doc.contains(k) && doc[k].is_string() ? doc[k].get<std::string>() : ""; };
  e.identity = field("identity");
  e.app = field("app");
  e.base_url = field("base_url");
  e.api = field("api");
  e.jwt = field("jwt");
  const std::string id = field("key");
  if (e.jwt.empty() || id + ".json" != name || (expected_id && id != *expected_id)) {
    return warn_ignored("corrupt or foreign");
  }
  e.exp = jwt_exp(e.jwt);
  if (!e.exp) {
    return warn_ignored("its JWT has no usable exp");
  }
  return e;
}

std::optional<Entry> Store::read(const CacheKey& key) const
{
  return read_file(key.id + ".json", &key.id, true);
}

Result<void> Store::write(const CacheKey& key, const std::string& jwt) const
{
  if (!jwt_exp(jwt)) {
    return fail(ExitCode::internal, "not caching the JWT: it has no usable exp claim");
  }
  nlohmann::ordered_json doc;
  doc["lrjwt_cache"] = k_format_version;
  doc["key"] = key.id;
  doc["identity"] = key.identity;
  doc["app"] = key.app;
  doc["base_url"] = key.base_url;
  doc["api"] = key.api;
  doc["jwt"] = jwt;
  const std::string text = doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";

  std::string tmp = m_dir + "/." + key.id + ".XXXXXX";
  const int fd = ::mkostemp(tmp.data(), O_CLOEXEC);
  if (fd < 0) {
    return fail(ExitCode::internal, fmt::format("cannot write to cache directory {}: {}", m_dir, errno_text()));
  }
  bool ok = ::fchmod(fd, 0600) == 0 && ::write(fd, text.data(), text.size()) == ssize_t(text.size())
            && ::fsync(fd) == 0;
  ok = (::close(fd) == 0) && ok;
  if (!ok || ::rename(tmp.c_str(), (m_dir + "/" + key.id + ".json").c_str()) != 0) {
    const std::string why = errno_text();
    ::unlink(tmp.c_str());
    return fail(ExitCode::internal, fmt::format("cannot write cache entry in {}: {}", m_dir, why));
  }
  return {};
}

Result<KeyLock> Store::lock(const CacheKey& key, long timeout_ms) const
{
  const std::string path = m_dir + "/" + key.id + ".lock";
  const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd < 0) {
    return fail(ExitCode::internal, fmt::format("cannot open cache lock {}: {}", path, errno_text()));
  }
  KeyLock lock(fd);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  while (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    if (errno != EWOULDBLOCK && errno != EINTR) {
      return fail(ExitCode::internal, fmt::format("cannot lock {}: {}", path, errno_text()));
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      return fail(ExitCode::internal, fmt::format("timed out waiting for the cache lock {}", path));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return lock;
}

std::vector<Entry> Store::list() const
{
  std::vector<Entry> entries;
  DIR* d = ::opendir(m_dir.c_str());
  if (!d) {
    return entries;
  }
  while (const dirent* ent = ::readdir(d)) {
    const std::string name = ent->d_name;
    if (is_entry_name(name)) {
      if (auto e = read_file(name, nullptr, true)) {
        entries.push_back(std::move(*e));
      }
    }
  }
  ::closedir(d);
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    return std::tie(a.identity, a.app, a.base_url) < std::tie(b.identity, b.app, b.base_url);
  });
  return entries;
}

int Store::clear(bool expired_only, std::int64_t now_epoch) const
{
  int removed = 0;
  DIR* d = ::opendir(m_dir.c_str());
  if (!d) {
    return 0;
  }
  std::vector<std::string> names;
  while (const dirent* ent = ::readdir(d)) {
    names.emplace_back(ent->d_name);
  }
  ::closedir(d);
  for (const auto& name : names) {
    if (!is_entry_name(name)) {
      continue;
    }
    if (expired_only) {
      auto e = read_file(name, nullptr, false);
      // Unreadable entries count as expired: they can never be used.
      if (e && e->exp && *e->exp > now_epoch) {
        continue;
      }
    }
    const std::string path = m_dir + "/" + name;
    if (::unlink(path.c_str()) == 0) {
      // Lock files stay: removing one that another process holds would break its lock.
      ++removed;
    }
  }
  return removed;
}

} // namespace lrjwt::cache

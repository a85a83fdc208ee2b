#include "lrjwt/cmd/obtain.hpp"

#include "lrjwt/cache/store.hpp"
#include "lrjwt/util/diag.hpp"
#include "lrjwt/util/time_format.hpp"

#include <fmt/format.h>

#include <optional>

namespace lrjwt::cmd {
namespace {

// The entry's JWT if it stays valid for at least `min_valid` seconds.
std::optional<std::string> usable(const std::optional<cache::Entry>& entry, std::int64_t min_valid, bool verbose)
{
  if (!entry || !entry->exp) {
    return std::nullopt;
  }
  const std::int64_t remaining = *entry->exp - cache::now();
  if (remaining >= min_valid) {
    if (verbose) {
      diag::line(fmt::format("* cache hit: {} (valid for {} more)", entry->file,
                             util::format_duration(static_cast<std::uint64_t>(remaining))));
    }
    return entry->jwt;
  }
  if (verbose) {
    diag::line(fmt::format("* cache entry {} is valid for {}s, less than --min-valid {}s; fetching", entry->file,
                           remaining, min_valid));
  }
  return std::nullopt;
}

} // namespace

Result<std::string> obtain_jwt(CallKind kind, const net::Request& request, const cache::CacheKey& key,
                               const FetchSettings& settings, const CacheOptions& options)
{
  if (!options.enabled || settings.dry_run) {
    return fetch_jwt(kind, request, settings);
  }
  auto dir = cache::default_dir();
  auto store = dir ? cache::Store::open(*dir, true) : Result<cache::Store>(std::unexpected(dir.error()));
  if (!store) {
    diag::warning(fmt::format("{}; fetching without the cache", store.error().message));
    return fetch_jwt(kind, request, settings);
  }
  if (!options.refresh) {
    if (auto jwt = usable(store->read(key), options.min_valid, settings.verbose)) {
      return *jwt;
    }
  }
  // Wait about as long as a fetch may take, so parallel cold runs share one request.
  const long wait_ms = settings.transport.total_timeout_ms * (settings.retries + 1) + 5000;
  auto lock = store->lock(key, wait_ms);
  if (!lock) {
    diag::warning(fmt::format("{}; fetching without the cache lock", lock.error().message));
  } else if (!options.refresh) {
    // Another process may have fetched while this one waited. Traced only if so:
    // the first check already said why this one fetches.
    if (auto jwt = usable(store->read(key), options.min_valid, false)) {
      if (settings.verbose) {
        diag::line("* cache hit after waiting for the cache lock (another lrjwt fetched)");
      }
      return *jwt;
    }
  }
  auto jwt = fetch_jwt(kind, request, settings);
  if (!jwt) {
    return jwt;
  }
  if (auto written = store->write(key, *jwt); !written) {
    diag::warning(written.error().message);
  } else if (settings.verbose) {
    diag::line(fmt::format("* stored in cache: {}/{}.json", store->dir(), key.id));
  }
  return jwt;
}

} // namespace lrjwt::cmd

#pragma once

#include "lrjwt/cache/cache_key.hpp"
#include "lrjwt/cmd/fetch.hpp"

#include <cstdint>
#include <string>

namespace lrjwt::cmd {

// --cache, --refresh, --min-valid.
struct CacheOptions {
  bool enabled = false;
  bool refresh = false;
  std::int64_t min_valid = 60;
};

// The JWT for `request`: from the cache when enabled and the cached JWT stays
// valid for at least min_valid seconds, else fetched (and then stored). Cache
// trouble is a warning; only the fetch can fail the call. Concurrent callers
// for the same key wait on one lock, so a cold cache costs one request.
Result<std::string> obtain_jwt(CallKind kind, const net::Request& request, const cache::CacheKey& key,
                               const FetchSettings& settings, const CacheOptions& cache);

} // namespace lrjwt::cmd

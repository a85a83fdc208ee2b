#pragma once

#include "lrjwt/api/endpoint.hpp"

#include <string>

namespace lrjwt::cache {

// What one cache entry stands for. `id` (a SHA-256 of every field that can
// change the JWT, including the API key) names the file, so no identity or
// secret shows in a directory listing; the labels are what `cache list` shows.
struct CacheKey {
  std::string id;
  std::string identity; // "email ada@example.com", "access token sha256:1a2b3c4d"
  std::string app;
  std::string base_url;
  std::string api;      // "legacy" or "hub"
};

CacheKey key_for_login(const api::LoginRequest& login);
CacheKey key_for_token(const api::TokenRequest& token);

} // namespace lrjwt::cache

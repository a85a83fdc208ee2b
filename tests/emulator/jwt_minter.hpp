#pragma once

#include "config.hpp"
#include "signing_key.hpp"

#include <cstdint>
#include <expected>
#include <string>

namespace lrjwt::emulator {

// A compact JWS for `user`: header {alg, typ, kid = app name}; claims iss,
// sub, jti (random UUID v4), iat, nbf (= iat), exp (iat + token_lifetime),
// email (when the user has one), then every key of the user's "claims",
// which win over the standard ones (so a config can mint odd tokens on purpose).
std::expected<std::string, std::string> mint_jwt(const SigningKey& key, const Config& config,
                                                 const UserConfig& user, std::int64_t now);

} // namespace lrjwt::emulator

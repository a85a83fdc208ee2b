#pragma once

#include "lrjwt/jwt/key.hpp"
#include "lrjwt/util/error.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace lrjwt::jwt {

// Every JWS algorithm lrjwt verifies, in a fixed order: HS256 .. HS512,
// RS256 .. RS512, PS256 .. PS512, ES256 .. ES512, EdDSA.
const std::vector<std::string>& supported_algorithms();

// True for "none" in any spelling: an unsigned token, never accepted.
bool is_none_algorithm(std::string_view alg);

// True when `alg` is spelled exactly as one of supported_algorithms().
bool is_supported_algorithm(std::string_view alg);

// The algorithms `key` can verify: HS* for a secret, RS*/PS* for RSA, the one
// ES* of an EC curve, EdDSA for Ed25519; only a JWK's own "alg" if it has one.
std::vector<std::string> algorithms_for_key(const VerifyKey& key);

// The checks that need no key: never "none" (in any spelling), only a
// supported algorithm, and one of `allowed` when the user named algorithms.
// Refusals exit 6.
Result<void> check_token_algorithm(std::string_view header_alg, const std::vector<std::string>& allowed);

// Decides whether a token whose header says `header_alg` may be verified
// with `key`: never "none"; never from the token alone (it must be in
// `allowed` when the user named algorithms, else among the key's own); an
// HMAC token with a public key is algorithm confusion. All refusals exit 6
// and happen before any cryptography.
Result<void> check_algorithm(std::string_view header_alg, const std::vector<std::string>& allowed,
                             const VerifyKey& key);

} // namespace lrjwt::jwt

#pragma once

#include "lrjwt/jwt/key.hpp"
#include "lrjwt/util/error.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace lrjwt::jwt {

// A key from a JWK (RFC 7517) JSON object: "RSA" (n, e), "EC" (crv P-256,
// P-384, P-521; x, y of the curve's exact length, on the curve), "OKP"
// (crv Ed25519, x) or "oct" (k: an HMAC secret). Private members are
// ignored. "kid", "alg" and "use" are kept. Errors exit 2 (not a usable JWK)
// or 6 (a key type or curve that cannot verify a JWS).
Result<VerifyKey> key_from_jwk(std::string_view json, std::string_view what);

// A JWK Set's usable keys, and why the others were skipped.
struct JwkSet {
  std::vector<VerifyKey> keys;
  struct Skipped {
    std::string kid;
    Error why;
  };
  std::vector<Skipped> skipped;
  // With `only_kid`: the kids of the members left unread, for messages.
  std::vector<std::string> other_kids;
};

// The keys of a JWK Set ({"keys": [...]}); a single JWK is read as a set of
// one. Members that are not usable JWKs are skipped (and listed); a set with
// no usable key fails with the last member's error.
// With `only_kid`, only members with that kid are imported (importing a key
// costs far more than reading the set: a JWKS of 1000 keys); the set may then
// be empty without an error, and other_kids lists the rest.
Result<JwkSet> keys_from_jwks(std::string_view json, std::string_view what, std::string_view only_kid = {});

} // namespace lrjwt::jwt

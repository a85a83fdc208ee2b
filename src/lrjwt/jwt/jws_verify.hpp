#pragma once

#include "lrjwt/jwt/key.hpp"
#include "lrjwt/util/error.hpp"

#include <string_view>

namespace lrjwt::jwt {

// Verifies the JWS `signature` (raw bytes) over the exact `signing_input`
// bytes with `alg` and `key` (RFC 7518 §3): HMAC compared in constant time;
// RSASSA-PKCS1-v1_5; RSASSA-PSS with MGF1 and salt length = hash length;
// ECDSA from the JOSE r||s form of exactly 64, 96 or 132 bytes (a DER
// signature is refused); Ed25519. A mismatch, a key that does not fit `alg`
// or a malformed signature exits 6. Call check_algorithm first.
Result<void> verify_signature(std::string_view alg, const VerifyKey& key, std::string_view signing_input,
                              std::string_view signature);

} // namespace lrjwt::jwt

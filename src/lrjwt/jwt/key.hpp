#pragma once

#include "lrjwt/util/error.hpp"

#include <openssl/types.h>

#include <memory>
#include <string>
#include <string_view>

namespace lrjwt::jwt {

// What a verification key is, which decides the algorithms it may verify.
enum class KeyKind { hmac_secret, rsa, ec, ed25519 };

// A key that verifies JWS signatures: an HMAC secret or an OpenSSL public key.
struct VerifyKey {
  KeyKind kind = KeyKind::hmac_secret;
  std::string secret;             // hmac_secret: the raw bytes (never printed)
  std::shared_ptr<EVP_PKEY> pkey; // rsa, ec, ed25519: the public key
  int bits = 0;                   // rsa: modulus size
  std::string curve;              // ec: "P-256", "P-384" or "P-521"
  std::string kid;                // a JWK's "kid", empty otherwise
  std::string jwk_alg;            // a JWK's "alg": the only algorithm it may verify
  std::string use;                // a JWK's "use" ("sig", "enc"), empty if absent
};

// RSA keys below this size are refused (RFC 7518 §3.3).
inline constexpr int k_min_rsa_bits = 2048;

// "an HMAC secret", "an RSA 2048-bit public key", "an EC P-256 public key",
// "an Ed25519 public key"; never the key material.
std::string describe_key(const VerifyKey& key);

// An HMAC key holding `secret`.
VerifyKey hmac_key(std::string secret);

// Wraps an OpenSSL public key (takes ownership). Fails (exit 6) for key types
// and curves no JWS algorithm here uses, and for RSA keys under 2048 bits.
Result<VerifyKey> key_from_pkey(EVP_PKEY* pkey, std::string_view what);

// Reads a PEM "PUBLIC KEY" (SPKI), "RSA PUBLIC KEY" (PKCS#1) or
// "CERTIFICATE" (X.509: its subject key), or a JWK (JSON object). `what`
// names the source in messages ("--key pub.pem"). A private key, a JWKS or
// anything else is refused with exit 2.
Result<VerifyKey> load_key_text(std::string_view text, std::string_view what);

} // namespace lrjwt::jwt

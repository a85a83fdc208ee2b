#pragma once

#include "lrjwt/jwt/jwk.hpp"
#include "lrjwt/jwt/key.hpp"
#include "lrjwt/net/transport.hpp"
#include "lrjwt/util/error.hpp"

#include <optional>
#include <string>
#include <vector>

namespace lrjwt::cmd {

// Where the verification key comes from: exactly one of these is set.
struct KeySource {
  std::string secret_file; // HMAC secret in a file ("-" is standard input)
  std::string secret_env;  // name of the environment variable holding it
  bool secret_stdin = false;
  bool secret_base64 = false; // the secret is base64 (or base64url) text
  std::string key_file;       // PEM public key, X.509 certificate or JWK
  std::string jwks;           // JWK Set file or https:// URL
};

// `lrjwt verify` as parsed from the command line.
struct VerifySettings {
  std::string token; // the JWT, "-" or empty (standard input)
  KeySource key;
  std::vector<std::string> algs; // --alg, repeatable
  double leeway = 0;
  std::string at; // --at: epoch seconds or RFC 3339; empty for now
  std::optional<std::string> iss;
  std::optional<std::string> aud;
  std::optional<std::string> sub;
  std::vector<std::string> require;
  bool quiet = false;
  bool json = false;
  net::TransportOptions transport; // for a --jwks URL
};

// The keys named by `source` (one, or a JWK Set's); reads files, standard
// input, the environment, or fetches a JWKS URL (https, or http on loopback).
struct LoadedKeys {
  std::vector<jwt::VerifyKey> keys;
  bool from_jwks = false;
  std::string what; // "--jwks https://...", for messages
  std::vector<jwt::JwkSet::Skipped> skipped; // JWKS members that could not be used, and why
  std::vector<std::string> other_kids;        // JWKS members with another kid, not imported
};
// `kid` (the token's, may be empty): from a JWKS, import only the keys with it.
Result<LoadedKeys> load_keys(const KeySource& source, const net::TransportOptions& transport,
                             std::string_view kid = {});

// Verifies the token and returns the stdout text: "valid: RS256 signature
// (kid demo-rs), expires in 9m 58s\n", a JSON verdict with `json`, nothing
// with `quiet`. Failures carry exit codes 2 and 5..8 (design §6).
Result<std::string> run_verify(const VerifySettings& settings);

} // namespace lrjwt::cmd

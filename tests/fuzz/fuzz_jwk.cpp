#include "check.hpp"
#include "entries.hpp"

#include "lrjwt/jwt/jwk.hpp"
#include "lrjwt/jwt/key.hpp"

namespace lrjwt::fuzz {
namespace {

void check_failure(const Error& error)
{
  FUZZ_CHECK(error.code == ExitCode::usage || error.code == ExitCode::bad_signature);
  FUZZ_CHECK(error.message.find('\n') == std::string::npos);
}

void check_key(const jwt::VerifyKey& key)
{
  FUZZ_CHECK((key.kind == jwt::KeyKind::hmac_secret) == !key.pkey);
  FUZZ_CHECK(key.kind != jwt::KeyKind::rsa || key.bits >= jwt::k_min_rsa_bits);
  FUZZ_CHECK(!describe_key(key).empty());
}

} // namespace

// A JWK, a JWK Set and a key file's text: every key read is usable (an
// OpenSSL key unless HMAC, RSA of at least 2048 bits), every failure is
// exit 2 or 6 with one line, and a set never both fails and lists keys.
void jwk(std::string_view data)
{
  if (const auto key = jwt::key_from_jwk(data, "fuzz.jwk")) {
    check_key(*key);
  } else {
    check_failure(key.error());
  }
  if (const auto set = jwt::keys_from_jwks(data, "fuzz.jwks")) {
    FUZZ_CHECK(!set->keys.empty());
    for (const auto& key : set->keys) {
      check_key(key);
    }
    for (const auto& skipped : set->skipped) {
      check_failure(skipped.why);
    }
  } else {
    check_failure(set.error());
  }
  if (const auto key = jwt::load_key_text(data, "fuzz.pem")) {
    check_key(*key);
  } else {
    check_failure(key.error());
  }
}

} // namespace lrjwt::fuzz

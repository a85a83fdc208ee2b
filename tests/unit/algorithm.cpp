#include "jose_vectors.hpp"

#include "lrjwt/jwt/algorithm.hpp"
#include "lrjwt/jwt/jwk.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using lrjwt::ExitCode;
using lrjwt::jwt::algorithms_for_key;
using lrjwt::jwt::check_algorithm;
using lrjwt::jwt::check_token_algorithm;
using lrjwt::jwt::hmac_key;
using lrjwt::jwt::key_from_jwk;
using Algs = std::vector<std::string>;

namespace {

lrjwt::jwt::VerifyKey jwk(std::string_view json)
{
  auto key = key_from_jwk(json, "test");
  REQUIRE(key.has_value());
  return *key;
}

std::string refusal(std::string_view alg, const Algs& allowed, const lrjwt::jwt::VerifyKey& key)
{
  const auto r = check_algorithm(alg, allowed, key);
  REQUIRE_FALSE(r.has_value());
  CHECK(r.error().code == ExitCode::bad_signature);
  return r.error().message;
}

} // namespace

TEST_CASE("jwt::is_none_algorithm")
{
  for (const char* spelling : {"none", "None", "NONE", "nOnE"}) {
    CHECK(lrjwt::jwt::is_none_algorithm(spelling));
  }
  CHECK_FALSE(lrjwt::jwt::is_none_algorithm("non"));
  CHECK_FALSE(lrjwt::jwt::is_none_algorithm("nonee"));
}

TEST_CASE("jwt::algorithms_for_key")
{
  SUBCASE("HMAC secret") { CHECK(algorithms_for_key(hmac_key("s")) == Algs{"HS256", "HS384", "HS512"}); }
  SUBCASE("RSA")
  {
    CHECK(algorithms_for_key(jwk(jose_vectors::k_rfc7515_a2_key))
          == Algs{"RS256", "RS384", "RS512", "PS256", "PS384", "PS512"});
  }
  SUBCASE("EC curves name one algorithm each")
  {
    CHECK(algorithms_for_key(jwk(jose_vectors::k_rfc7515_a3_key)) == Algs{"ES256"});
    CHECK(algorithms_for_key(jwk(jose_vectors::k_rfc7515_a4_key)) == Algs{"ES512"});
  }
  SUBCASE("Ed25519") { CHECK(algorithms_for_key(jwk(jose_vectors::k_rfc8037_key)) == Algs{"EdDSA"}); }
  SUBCASE("a JWK's alg narrows")
  {
    CHECK(algorithms_for_key(jwk(jose_vectors::k_rfc7520_hmac_key)) == Algs{"HS256"});
    auto key = jwk(jose_vectors::k_rfc7515_a2_key);
    key.jwk_alg = "PS512";
    CHECK(algorithms_for_key(key) == Algs{"PS512"});
    key.jwk_alg = "ES256";
    CHECK(algorithms_for_key(key).empty());
  }
}

TEST_CASE("jwt::check_token_algorithm")
{
  SUBCASE("none in any spelling")
  {
    for (const char* alg : {"none", "None", "NONE"}) {
      const auto r = check_token_algorithm(alg, {});
      REQUIRE_FALSE(r.has_value());
      CHECK(r.error().code == ExitCode::bad_signature);
      CHECK(r.error().message.find("unsigned") != std::string::npos);
    }
  }
  SUBCASE("unsupported or misspelt")
  {
    for (const char* alg : {"hs256", "HS257", "ES256K", "Ed25519", ""}) {
      CHECK_FALSE(check_token_algorithm(alg, {}).has_value());
    }
  }
  SUBCASE("a header alg with control characters is quoted, one line")
  {
    const auto r = check_token_algorithm("HS256\n\x1b[2J", {});
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().message.starts_with("algorithm \"HS256\\n\\u001b[2J\" is not supported"));
  }
  SUBCASE("header alg differs from --alg")
  {
    const auto r = check_token_algorithm("HS256", {"RS256"});
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().message == "the token's header alg HS256 differs from --alg RS256");
    CHECK(check_token_algorithm("RS256", {"PS256", "RS256"}).has_value());
  }
}

TEST_CASE("jwt::check_algorithm")
{
  const auto rsa = jwk(jose_vectors::k_rfc7515_a2_key);
  SUBCASE("algorithm confusion: an HMAC token with a public key")
  {
    CHECK(refusal("HS256", {}, rsa).starts_with("algorithm confusion"));
    CHECK(refusal("HS256", {"HS256"}, rsa).starts_with("algorithm confusion"));
    CHECK(refusal("HS512", {}, jwk(jose_vectors::k_rfc7515_a3_key)).starts_with("algorithm confusion"));
    CHECK(refusal("HS256", {}, jwk(jose_vectors::k_rfc8037_key)).starts_with("algorithm confusion"));
  }
  SUBCASE("a secret cannot verify RS256")
  {
    CHECK(refusal("RS256", {}, hmac_key("secret")) == "an HMAC secret cannot verify RS256 (it verifies HS256, "
                                                      "HS384, HS512)");
  }
  SUBCASE("the EC curve decides")
  {
    CHECK(refusal("ES384", {}, jwk(jose_vectors::k_rfc7515_a3_key)).find("P-256") != std::string::npos);
  }
  SUBCASE("the JWK's own alg")
  {
    CHECK(refusal("HS384", {}, jwk(jose_vectors::k_rfc7520_hmac_key))
          == "the token's alg HS384 does not match the key's alg HS256");
  }
  SUBCASE("accepted")
  {
    CHECK(check_algorithm("PS384", {}, rsa).has_value());
    CHECK(check_algorithm("RS256", {"RS256"}, rsa).has_value());
    CHECK(check_algorithm("HS512", {}, hmac_key("s")).has_value());
  }
}

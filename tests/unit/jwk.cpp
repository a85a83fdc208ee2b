#include "jose_vectors.hpp"

#include "lrjwt/jwt/jwk.hpp"

#include <doctest/doctest.h>

#include <string>

using lrjwt::ExitCode;
using lrjwt::jwt::key_from_jwk;
using lrjwt::jwt::KeyKind;
using lrjwt::jwt::keys_from_jwks;

namespace {

ExitCode refused(std::string_view json)
{
  const auto key = key_from_jwk(json, "k.jwk");
  REQUIRE_FALSE(key.has_value());
  return key.error().code;
}

} // namespace

TEST_CASE("jwt::key_from_jwk")
{
  SUBCASE("each key type")
  {
    CHECK(key_from_jwk(jose_vectors::k_rfc7515_a2_key, "k")->kind == KeyKind::rsa);
    CHECK(key_from_jwk(jose_vectors::k_rfc7515_a3_key, "k")->curve == "P-256");
    CHECK(key_from_jwk(jose_vectors::k_rfc7515_a4_key, "k")->curve == "P-521");
    CHECK(key_from_jwk(jose_vectors::k_rfc8037_key, "k")->kind == KeyKind::ed25519);
    const auto oct = key_from_jwk(jose_vectors::k_rfc7520_hmac_key, "k");
    REQUIRE(oct.has_value());
    CHECK(oct->kind == KeyKind::hmac_secret);
    CHECK(oct->secret.size() == 32);
    CHECK(oct->kid == "018c0ae5-4d9b-471b-bfd6-eef314bc7037");
    CHECK(oct->jwk_alg == "HS256");
    CHECK(oct->use == "sig");
  }
  SUBCASE("a private JWK is read for its public part")
  {
    const auto key = key_from_jwk(R"({"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",
      "y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0","d":"jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI"})",
                                  "k");
    CHECK(key.has_value());
  }
  SUBCASE("EC coordinates of the wrong length, or off the curve")
  {
    CHECK(refused(R"({"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvR",
      "y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"})")
          == ExitCode::usage);
    CHECK(refused(R"({"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",
      "y":"x_FFzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"})")
          == ExitCode::usage);
  }
  SUBCASE("RSA n and e that no public key has")
  {
    // lrjwt checks these itself (OpenSSL's public check is skipped for RSA: see jwk.cpp).
    const std::string a2(jose_vectors::k_rfc7515_a2_key);
    const std::string n = a2.substr(a2.find("\"n\":\"") + 5, a2.rfind('"') - a2.find("\"n\":\"") - 5);
    const auto with = [&](std::string_view from, const std::string& to) {
      std::string s = a2;
      s.replace(s.find(from), from.size(), to);
      return s;
    };
    CHECK(refused(with("oQ\"}", "oA\"}")) == ExitCode::usage);  // n even (its last byte 0xA1 made 0xA0)
    CHECK(refused(with("\"AQAB\"", "\"AQ\"")) == ExitCode::usage);   // e = 1
    CHECK(refused(with("\"AQAB\"", "\"AQAA\"")) == ExitCode::usage); // e = 65536, even
    CHECK(refused(with("\"AQAB\"", '"' + n + '"')) == ExitCode::usage); // e = n
    const auto key = key_from_jwk(with("\"AQAB\"", "\"Aw\""), "k"); // e = 3 is a key
    CHECK(key.has_value());
    const auto even = key_from_jwk(with("oQ\"}", "oA\"}"), "k.jwk");
    REQUIRE_FALSE(even.has_value());
    CHECK(even.error().message == "k.jwk: the RSA JWK is not a valid public key (n and e must be odd, with 1 < e < n)");
  }
  SUBCASE("unsupported types and curves")
  {
    CHECK(refused(R"({"kty":"EC","crv":"secp256k1","x":"AA","y":"AA"})") == ExitCode::bad_signature);
    CHECK(refused(R"({"kty":"OKP","crv":"X25519","x":"3p7bfXt9wbTTW2HC7OQ1Nz-DQ8hbeGdNrfx-FG-IK08"})")
          == ExitCode::bad_signature);
    CHECK(refused(R"({"kty":"XYZ"})") == ExitCode::bad_signature);
  }
  SUBCASE("not a JWK")
  {
    CHECK(refused("{") == ExitCode::usage);
    CHECK(refused("[1]") == ExitCode::usage);
    CHECK(refused(R"({"kty":"RSA","e":"AQAB"})") == ExitCode::usage);
    CHECK(refused(R"({"kty":"oct","k":""})") == ExitCode::usage);
    const auto set = key_from_jwk(R"({"keys":[]})", "k.json");
    REQUIRE_FALSE(set.has_value());
    CHECK(set.error().message == "k.json is a JWK Set (it has \"keys\"); use --jwks for it");
  }
}

TEST_CASE("jwt::keys_from_jwks")
{
  SUBCASE("usable keys kept, others listed with why")
  {
    const std::string jwks = R"({"keys":[)" + std::string(jose_vectors::k_rfc7520_rsa_key) + ","
                             + std::string(jose_vectors::k_rfc7520_ec_key) + R"(,{"kty":"OKP","crv":"X25519",
      "kid":"x","x":"3p7bfXt9wbTTW2HC7OQ1Nz-DQ8hbeGdNrfx-FG-IK08"}]})";
    const auto set = keys_from_jwks(jwks, "--jwks f");
    REQUIRE(set.has_value());
    CHECK(set->keys.size() == 2);
    REQUIRE(set->skipped.size() == 1);
    CHECK(set->skipped[0].kid == "x");
  }
  SUBCASE("with only_kid, other members are listed but never imported")
  {
    // "bad" would be skipped with an error if it were read.
    const std::string jwks = R"({"keys":[{"kty":"RSA","kid":"bad","n":"!!","e":"AQAB"},)"
                             + std::string(jose_vectors::k_rfc7520_ec_key) + R"(,{"kty":"oct","k":"c2VjcmV0"}]})";
    const auto all = keys_from_jwks(jwks, "--jwks f");
    REQUIRE(all.has_value());
    CHECK(all->keys.size() == 2);
    CHECK(all->skipped.size() == 1);
    const auto set = keys_from_jwks(jwks, "--jwks f", "bilbo.baggins@hobbiton.example");
    REQUIRE(set.has_value());
    REQUIRE(set->keys.size() == 1);
    CHECK(set->keys[0].kid == "bilbo.baggins@hobbiton.example");
    CHECK(set->skipped.empty());
    CHECK(set->other_kids == std::vector<std::string>{"bad"});
    const auto none = keys_from_jwks(jwks, "--jwks f", "nobody");
    REQUIRE(none.has_value());
    CHECK(none->keys.empty());
    CHECK(none->other_kids == std::vector<std::string>{"bad", "bilbo.baggins@hobbiton.example"});
  }
  SUBCASE("a single JWK is a set of one")
  {
    const auto set = keys_from_jwks(jose_vectors::k_rfc8037_key, "--jwks f");
    REQUIRE(set.has_value());
    CHECK(set->keys.size() == 1);
  }
  SUBCASE("no usable key")
  {
    CHECK_FALSE(keys_from_jwks(R"({"keys":[]})", "f").has_value());
    CHECK_FALSE(keys_from_jwks(R"({"keys":{}})", "f").has_value());
    CHECK_FALSE(keys_from_jwks("[]", "f").has_value());
  }
}

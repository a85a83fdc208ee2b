#include "jose_vectors.hpp"

#include "lrjwt/jwt/algorithm.hpp"
#include "lrjwt/jwt/base64url.hpp"
#include "lrjwt/jwt/jwk.hpp"
#include "lrjwt/jwt/jws_verify.hpp"

#include <doctest/doctest.h>

#include <openssl/ec.h>
#include <openssl/evp.h>

#include <string>

using lrjwt::ExitCode;
using lrjwt::jwt::base64url_decode;
using lrjwt::jwt::key_from_jwk;
using lrjwt::jwt::verify_signature;
using lrjwt::jwt::VerifyKey;

namespace {

struct Split {
  std::string signing_input;
  std::string signature;
};

Split split(std::string_view compact)
{
  const auto last = compact.rfind('.');
  auto signature = base64url_decode(compact.substr(last + 1));
  REQUIRE(signature.has_value());
  return {std::string(compact.substr(0, last)), *signature};
}

VerifyKey jwk(std::string_view json)
{
  auto key = key_from_jwk(json, "test");
  REQUIRE_MESSAGE(key.has_value(), (key ? "" : key.error().message));
  return *key;
}

// The DER form of a JOSE r||s signature, to show it is refused.
std::string to_der(std::string_view raw)
{
  const int half = static_cast<int>(raw.size() / 2);
  ECDSA_SIG* sig = ECDSA_SIG_new();
  const auto* p = reinterpret_cast<const unsigned char*>(raw.data());
  ECDSA_SIG_set0(sig, BN_bin2bn(p, half, nullptr), BN_bin2bn(p + half, half, nullptr));
  unsigned char* der = nullptr;
  const int len = i2d_ECDSA_SIG(sig, &der);
  std::string out(reinterpret_cast<char*>(der), static_cast<std::size_t>(len));
  OPENSSL_free(der);
  ECDSA_SIG_free(sig);
  return out;
}

ExitCode code_of(const lrjwt::Result<void>& r)
{
  REQUIRE_FALSE(r.has_value());
  return r.error().code;
}

} // namespace

TEST_CASE("jwt::verify_signature")
{
  for (const auto& v : jose_vectors::k_all) {
    SUBCASE(std::string(v.name).c_str())
    {
      const auto key = jwk(v.jwk);
      const auto [input, signature] = split(v.compact);
      CHECK(lrjwt::jwt::check_algorithm(v.alg, {}, key).has_value());
      const auto ok = verify_signature(v.alg, key, input, signature);
      CHECK_MESSAGE(ok.has_value(), (ok ? "" : ok.error().message));

      std::string tampered = input;
      tampered[tampered.size() - 2] ^= 1;
      CHECK(code_of(verify_signature(v.alg, key, tampered, signature)) == ExitCode::bad_signature);
      std::string flipped = signature;
      flipped[flipped.size() / 2] ^= 0x40;
      CHECK(code_of(verify_signature(v.alg, key, input, flipped)) == ExitCode::bad_signature);
    }
  }
  SUBCASE("ES256: a DER signature is refused")
  {
    const auto key = jwk(jose_vectors::k_rfc7515_a3_key);
    const auto [input, signature] = split(jose_vectors::k_all[2].compact);
    const auto der = to_der(signature);
    const auto r = verify_signature("ES256", key, input, der);
    CHECK(code_of(r) == ExitCode::bad_signature);
    CHECK(r.error().message.find("DER") != std::string::npos);
  }
  SUBCASE("ES256: wrong lengths are refused")
  {
    const auto key = jwk(jose_vectors::k_rfc7515_a3_key);
    const auto [input, signature] = split(jose_vectors::k_all[2].compact);
    for (const std::string& bad : {signature.substr(0, 63), signature + '\0', std::string("\0", 1) + signature,
                                   signature + signature, std::string()}) {
      const auto r = verify_signature("ES256", key, input, bad);
      CHECK(code_of(r) == ExitCode::bad_signature);
      CHECK(r.error().message.find("64 bytes") != std::string::npos);
    }
  }
  SUBCASE("ES512: wrong lengths are refused")
  {
    const auto key = jwk(jose_vectors::k_rfc7515_a4_key);
    const auto [input, signature] = split(jose_vectors::k_all[3].compact);
    CHECK(code_of(verify_signature("ES512", key, input, signature.substr(1))) == ExitCode::bad_signature);
    CHECK(code_of(verify_signature("ES512", key, input, signature.substr(0, 130))) == ExitCode::bad_signature);
  }
  SUBCASE("HMAC: a truncated MAC is refused")
  {
    const auto key = jwk(jose_vectors::k_rfc7515_a1_key);
    const auto [input, signature] = split(jose_vectors::k_all[0].compact);
    CHECK(code_of(verify_signature("HS256", key, input, signature.substr(0, 16))) == ExitCode::bad_signature);
    CHECK(code_of(verify_signature("HS256", key, input, "")) == ExitCode::bad_signature);
    CHECK(code_of(verify_signature("HS384", key, input, signature)) == ExitCode::bad_signature);
  }
  SUBCASE("a key that does not fit the algorithm")
  {
    const auto rsa = jwk(jose_vectors::k_rfc7515_a2_key);
    const auto ec = jwk(jose_vectors::k_rfc7515_a3_key);
    CHECK(code_of(verify_signature("HS256", rsa, "a.b", "x")) == ExitCode::bad_signature);
    CHECK(code_of(verify_signature("ES256", rsa, "a.b", "x")) == ExitCode::bad_signature);
    CHECK(code_of(verify_signature("ES384", ec, "a.b", std::string(96, 'x'))) == ExitCode::bad_signature);
    CHECK(code_of(verify_signature("RS256", ec, "a.b", "x")) == ExitCode::bad_signature);
    CHECK(code_of(verify_signature("EdDSA", ec, "a.b", std::string(64, 'x'))) == ExitCode::bad_signature);
  }
  SUBCASE("PS384 is not RS384: the RFC 7520 4.2 signature fails as RS384")
  {
    const auto key = jwk(jose_vectors::k_rfc7520_rsa_key);
    const auto [input, signature] = split(jose_vectors::k_all[5].compact);
    CHECK(code_of(verify_signature("RS384", key, input, signature)) == ExitCode::bad_signature);
  }
}

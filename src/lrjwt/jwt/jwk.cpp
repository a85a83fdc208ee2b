#include "lrjwt/jwt/jwk.hpp"

#include "lrjwt/jwt/base64url.hpp"
#include "lrjwt/jwt/json_text.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

#include <optional>

namespace lrjwt::jwt {
namespace {

using nlohmann::json;

struct ParamBldFree {
  void operator()(OSSL_PARAM_BLD* bld) const { OSSL_PARAM_BLD_free(bld); }
};
struct ParamFree {
  void operator()(OSSL_PARAM* params) const { OSSL_PARAM_free(params); }
};
struct PkeyCtxFree {
  void operator()(EVP_PKEY_CTX* ctx) const { EVP_PKEY_CTX_free(ctx); }
};
struct BnFree {
  void operator()(BIGNUM* bn) const { BN_free(bn); }
};

std::optional<std::string> string_member(const json& jwk, const char* name)
{
  const auto it = jwk.find(name);
  if (it == jwk.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

// A base64url member decoded; fails with exit 2 naming it.
Result<std::string> bytes_member(const json& jwk, const char* name, std::string_view what)
{
  const auto text = string_member(jwk, name);
  if (!text) return fail(ExitCode::usage, fmt::format("{}: the JWK has no \"{}\" string", what, name));
  auto bytes = base64url_decode(*text);
  if (!bytes || bytes->empty()) {
    return fail(ExitCode::usage, fmt::format("{}: the JWK's \"{}\" is not base64url", what, name));
  }
  return *bytes;
}

// An EVP_PKEY of `type` from parameters built by `build`.
template<typename Build>
Result<VerifyKey> pkey_from_params(const char* type, Build&& build, std::string_view what)
{
  std::unique_ptr<OSSL_PARAM_BLD, ParamBldFree> bld(OSSL_PARAM_BLD_new());
  if (!bld || !build(bld.get())) {
    return fail(ExitCode::usage, fmt::format("{}: the {} JWK cannot be imported", what, type));
  }
  std::unique_ptr<OSSL_PARAM, ParamFree> params(OSSL_PARAM_BLD_to_param(bld.get()));
  std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree> ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
  EVP_PKEY* pkey = nullptr;
  if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1
      || EVP_PKEY_fromdata(ctx.get(), &pkey, EVP_PKEY_PUBLIC_KEY, params.get()) != 1 || pkey == nullptr) {
    return fail(ExitCode::usage, fmt::format("{}: the {} JWK cannot be imported", what, type));
  }
  return key_from_pkey(pkey, what);
}

Result<VerifyKey> rsa_from_jwk(const json& jwk, std::string_view what)
{
  auto n = bytes_member(jwk, "n", what);
  if (!n) return std::unexpected(n.error());
  auto e = bytes_member(jwk, "e", what);
  if (!e) return std::unexpected(e.error());
  std::unique_ptr<BIGNUM, BnFree> bn_n(
    BN_bin2bn(reinterpret_cast<const unsigned char*>(n->data()), static_cast<int>(n->size()), nullptr));
  std::unique_ptr<BIGNUM, BnFree> bn_e(
    BN_bin2bn(reinterpret_cast<const unsigned char*>(e->data()), static_cast<int>(e->size()), nullptr));
  // The checks that matter to a verifier, done here: OpenSSL's public check of
  // an RSA key (SP 800-56B) also runs Miller-Rabin on n to prove it composite,
  // about 58M instructions (15 ms) per key and no protection at all, since
  // whoever supplies the key chooses n anyway.
  if (bn_n && bn_e && (!BN_is_odd(bn_n.get()) || !BN_is_odd(bn_e.get()) || BN_is_one(bn_e.get())
                       || BN_ucmp(bn_e.get(), bn_n.get()) >= 0)) {
    return fail(ExitCode::usage, fmt::format("{}: the RSA JWK is not a valid public key (n and e must be odd, "
                                             "with 1 < e < n)",
                                             what));
  }
  return pkey_from_params(
    "RSA",
    [&](OSSL_PARAM_BLD* bld) {
      return bn_n && bn_e && OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_N, bn_n.get()) == 1
             && OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_E, bn_e.get()) == 1;
    },
    what);
}

Result<VerifyKey> ec_from_jwk(const json& jwk, std::string_view what)
{
  const auto crv = string_member(jwk, "crv").value_or("");
  const std::size_t size = crv == "P-256" ? 32 : crv == "P-384" ? 48 : crv == "P-521" ? 66 : 0;
  if (size == 0) {
    return fail(ExitCode::bad_signature,
                fmt::format("{}: EC curve {} is not supported (P-256, P-384, P-521)", what, quote_json(crv)));
  }
  auto x = bytes_member(jwk, "x", what);
  if (!x) return std::unexpected(x.error());
  auto y = bytes_member(jwk, "y", what);
  if (!y) return std::unexpected(y.error());
  if (x->size() != size || y->size() != size) {
    return fail(ExitCode::usage, fmt::format("{}: {} coordinates must be {} bytes each (x has {}, y has {})", what,
                                             crv, size, x->size(), y->size()));
  }
  const std::string point = "\x04" + *x + *y;
  auto key = pkey_from_params(
    "EC",
    [&](OSSL_PARAM_BLD* bld) {
      return OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME, crv.c_str(), 0) == 1
             && OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY, point.data(), point.size()) == 1;
    },
    what);
  // The point must be on the curve (OpenSSL's public check; cheap for EC, unlike RSA's).
  if (key) {
    std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree> check(EVP_PKEY_CTX_new_from_pkey(nullptr, key->pkey.get(), nullptr));
    if (!check || EVP_PKEY_public_check(check.get()) != 1) {
      return fail(ExitCode::usage, fmt::format("{}: the EC JWK is not a valid public key", what));
    }
  }
  return key;
}

Result<VerifyKey> okp_from_jwk(const json& jwk, std::string_view what)
{
  const auto crv = string_member(jwk, "crv").value_or("");
  if (crv != "Ed25519") {
    return fail(ExitCode::bad_signature,
                fmt::format("{}: OKP curve {} is not supported (only Ed25519)", what, quote_json(crv)));
  }
  auto x = bytes_member(jwk, "x", what);
  if (!x) return std::unexpected(x.error());
  if (x->size() != 32) {
    return fail(ExitCode::usage, fmt::format("{}: an Ed25519 \"x\" must be 32 bytes, not {}", what, x->size()));
  }
  EVP_PKEY* pkey = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                               reinterpret_cast<const unsigned char*>(x->data()), x->size());
  if (pkey == nullptr) {
    return fail(ExitCode::usage, fmt::format("{}: the Ed25519 JWK cannot be imported", what));
  }
  return key_from_pkey(pkey, what);
}

Result<VerifyKey> key_from_object(const json& jwk, std::string_view what)
{
  if (!jwk.is_object()) return fail(ExitCode::usage, fmt::format("{}: a JWK must be a JSON object", what));
  const auto kty = string_member(jwk, "kty").value_or("");
  Result<VerifyKey> key = fail(ExitCode::bad_signature,
                               fmt::format("{}: JWK key type {} cannot verify a JWS (RSA, EC, OKP, oct)", what,
                                           quote_json(kty)));
  if (kty == "RSA") key = rsa_from_jwk(jwk, what);
  if (kty == "EC") key = ec_from_jwk(jwk, what);
  if (kty == "OKP") key = okp_from_jwk(jwk, what);
  if (kty == "oct") {
    auto k = bytes_member(jwk, "k", what);
    if (!k) return std::unexpected(k.error());
    key = hmac_key(std::move(*k));
  }
  if (key) {
    key->kid = string_member(jwk, "kid").value_or("");
    key->jwk_alg = string_member(jwk, "alg").value_or("");
    key->use = string_member(jwk, "use").value_or("");
  }
  return key;
}

Result<json> parse_json(std::string_view text, std::string_view what)
{
  json parsed = json::parse(text, nullptr, false);
  if (parsed.is_discarded()) return fail(ExitCode::usage, fmt::format("{} is not valid JSON", what));
  return parsed;
}

} // namespace

Result<VerifyKey> key_from_jwk(std::string_view text, std::string_view what)
{
  auto parsed = parse_json(text, what);
  if (!parsed) return std::unexpected(parsed.error());
  if (parsed->is_object() && parsed->contains("keys")) {
    return fail(ExitCode::usage, fmt::format("{} is a JWK Set (it has \"keys\"); use --jwks for it", what));
  }
  return key_from_object(*parsed, what);
}

Result<JwkSet> keys_from_jwks(std::string_view text, std::string_view what, std::string_view only_kid)
{
  auto parsed = parse_json(text, what);
  if (!parsed) return std::unexpected(parsed.error());
  JwkSet set;
  if (parsed->is_object() && !parsed->contains("keys")) {
    auto key = key_from_object(*parsed, what);
    if (!key) return std::unexpected(key.error());
    set.keys.push_back(std::move(*key));
    return set;
  }
  const auto keys = parsed->is_object() ? parsed->find("keys") : parsed->end();
  if (keys == parsed->end() || !keys->is_array()) {
    return fail(ExitCode::usage, fmt::format("{} is not a JWK Set (an object with a \"keys\" array)", what));
  }
  for (const auto& member : *keys) {
    if (!only_kid.empty()) {
      const std::string kid = member.is_object() ? string_member(member, "kid").value_or("") : "";
      if (kid != only_kid) {
        if (!kid.empty()) set.other_kids.push_back(kid);
        continue;
      }
    }
    auto key = key_from_object(member, what);
    if (key) {
      set.keys.push_back(std::move(*key));
    } else {
      const std::string kid = member.is_object() ? string_member(member, "kid").value_or("") : "";
      set.skipped.push_back({kid, key.error()});
    }
  }
  if (set.keys.empty()) {
    if (set.skipped.empty() && !only_kid.empty() && !keys->empty()) return set; // no member has that kid
    if (set.skipped.empty()) return fail(ExitCode::usage, fmt::format("{}: the JWK Set has no keys", what));
    return std::unexpected(set.skipped.back().why);
  }
  return set;
}

} // namespace lrjwt::jwt

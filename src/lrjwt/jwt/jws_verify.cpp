#include "lrjwt/jwt/jws_verify.hpp"

#include "lrjwt/jwt/json_text.hpp"

#include <fmt/format.h>
#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rsa.h>

#include <memory>

namespace lrjwt::jwt {
namespace {

struct MdCtxFree {
  void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};
struct EcdsaSigFree {
  void operator()(ECDSA_SIG* sig) const { ECDSA_SIG_free(sig); }
};

const unsigned char* bytes(std::string_view text)
{
  return reinterpret_cast<const unsigned char*>(text.data());
}

// SHA-256/384/512 from the algorithm's last three characters.
const EVP_MD* digest_for(std::string_view alg)
{
  if (alg.ends_with("256")) return EVP_sha256();
  if (alg.ends_with("384")) return EVP_sha384();
  if (alg.ends_with("512")) return EVP_sha512();
  return nullptr;
}

Error mismatch(std::string_view alg, const VerifyKey& key)
{
  return Error{ExitCode::bad_signature,
               fmt::format("signature not valid: the {} signature does not match {}{}", alg, describe_key(key),
                           key.kid.empty() ? "" : fmt::format(" (kid {})", quote_json(key.kid)))};
}

Result<void> verify_hmac(std::string_view alg, const VerifyKey& key, std::string_view input,
                         std::string_view signature)
{
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int mac_len = 0;
  if (HMAC(digest_for(alg), key.secret.data(), static_cast<int>(key.secret.size()), bytes(input), input.size(), mac,
           &mac_len)
      == nullptr) {
    return fail(ExitCode::internal, fmt::format("{}: HMAC computation failed", alg));
  }
  // Lengths are public; only the contents are compared in constant time.
  if (signature.size() != mac_len || CRYPTO_memcmp(mac, signature.data(), mac_len) != 0) {
    return std::unexpected(mismatch(alg, key));
  }
  return {};
}

// JOSE r||s (RFC 7518 §3.4) to the DER form OpenSSL verifies.
Result<std::string> ecdsa_der(std::string_view alg, std::string_view signature)
{
  const std::size_t expected = alg == "ES256" ? 64 : alg == "ES384" ? 96 : 132;
  if (signature.size() != expected) {
    return fail(ExitCode::bad_signature,
                fmt::format("signature not valid: an {} signature is {} bytes (JOSE r||s), this one has {}{}", alg,
                            expected, signature.size(),
                            !signature.empty() && signature[0] == '\x30' ? " (it looks DER-encoded)" : ""));
  }
  const auto half = static_cast<int>(expected / 2);
  std::unique_ptr<ECDSA_SIG, EcdsaSigFree> sig(ECDSA_SIG_new());
  BIGNUM* r = BN_bin2bn(bytes(signature), half, nullptr);
  BIGNUM* s = BN_bin2bn(bytes(signature) + half, half, nullptr);
  if (!sig || r == nullptr || s == nullptr || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
    BN_free(r);
    BN_free(s);
    return fail(ExitCode::internal, "cannot build the ECDSA signature");
  }
  unsigned char* der = nullptr;
  const int der_len = i2d_ECDSA_SIG(sig.get(), &der);
  if (der_len <= 0) return fail(ExitCode::internal, "cannot encode the ECDSA signature");
  std::string out(reinterpret_cast<char*>(der), static_cast<std::size_t>(der_len));
  OPENSSL_free(der);
  return out;
}

Result<void> verify_public(std::string_view alg, const VerifyKey& key, std::string_view input,
                           std::string_view signature)
{
  std::string der;
  if (alg.starts_with("ES")) {
    auto converted = ecdsa_der(alg, signature);
    if (!converted) return std::unexpected(converted.error());
    der = std::move(*converted);
    signature = der;
  }
  if (alg == "EdDSA" && signature.size() != 64) {
    return fail(ExitCode::bad_signature,
                fmt::format("signature not valid: an Ed25519 signature is 64 bytes, this one has {}", signature.size()));
  }
  std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
  EVP_PKEY_CTX* pctx = nullptr;
  const EVP_MD* md = alg == "EdDSA" ? nullptr : digest_for(alg);
  if (!ctx || EVP_DigestVerifyInit(ctx.get(), &pctx, md, nullptr, key.pkey.get()) != 1) {
    return fail(ExitCode::bad_signature, fmt::format("{} cannot verify {}", describe_key(key), alg));
  }
  if (alg.starts_with("PS")
      && (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) != 1
          || EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) != 1
          || EVP_PKEY_CTX_set_rsa_mgf1_md(pctx, md) != 1)) {
    return fail(ExitCode::internal, "cannot set up RSA-PSS verification");
  }
  if (alg.starts_with("RS") && EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) != 1) {
    return fail(ExitCode::internal, "cannot set up RSA PKCS#1 v1.5 verification");
  }
  // One-shot form: Ed25519 has no streaming mode.
  if (EVP_DigestVerify(ctx.get(), bytes(signature), signature.size(), bytes(input), input.size()) != 1) {
    return std::unexpected(mismatch(alg, key));
  }
  return {};
}

} // namespace

Result<void> verify_signature(std::string_view alg, const VerifyKey& key, std::string_view signing_input,
                              std::string_view signature)
{
  const bool hmac_alg = alg.starts_with("HS");
  if (hmac_alg != (key.kind == KeyKind::hmac_secret)) {
    return fail(ExitCode::bad_signature, fmt::format("{} cannot verify {}", describe_key(key), alg));
  }
  if (hmac_alg) {
    if (digest_for(alg) == nullptr) return fail(ExitCode::bad_signature, fmt::format("unknown algorithm {}", alg));
    return verify_hmac(alg, key, signing_input, signature);
  }
  if (alg.starts_with("RS") || alg.starts_with("PS")) {
    if (key.kind != KeyKind::rsa || digest_for(alg) == nullptr) {
      return fail(ExitCode::bad_signature, fmt::format("{} cannot verify {}", describe_key(key), alg));
    }
  } else if (alg.starts_with("ES")) {
    const std::string_view want = alg == "ES256" ? "P-256" : alg == "ES384" ? "P-384" : alg == "ES512" ? "P-521" : "";
    if (key.kind != KeyKind::ec || key.curve != want) {
      return fail(ExitCode::bad_signature, fmt::format("{} cannot verify {}", describe_key(key), alg));
    }
  } else if (alg != "EdDSA" || key.kind != KeyKind::ed25519) {
    return fail(ExitCode::bad_signature, fmt::format("{} cannot verify {}", describe_key(key), alg));
  }
  return verify_public(alg, key, signing_input, signature);
}

} // namespace lrjwt::jwt

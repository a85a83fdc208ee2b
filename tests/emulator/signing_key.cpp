#include "signing_key.hpp"

#include "lrjwt/jwt/base64url.hpp"

#include <nlohmann/json.hpp>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>


namespace lrjwt::emulator {
namespace {

const char* digest_name(std::string_view alg)
{
  if (alg.ends_with("384")) return "SHA384";
  if (alg.ends_with("512")) return "SHA512";
  return "SHA256";
}

// Bytes of each of r and s in a JOSE ECDSA signature (RFC 7518 §3.4).
int ec_coordinate_bytes(std::string_view alg)
{
  if (alg == "ES384") return 48;
  if (alg == "ES512") return 66;
  return 32;
}

const char* ec_curve(std::string_view alg)
{
  if (alg == "ES384") return "P-384";
  if (alg == "ES512") return "P-521";
  return "P-256";
}

std::string openssl_error()
{
  unsigned long code = ERR_get_error();
  ERR_clear_error();
  if (code == 0) return "unknown OpenSSL error";
  char buf[256];
  ERR_error_string_n(code, buf, sizeof buf);
  return buf;
}

std::string bn_bytes(const BIGNUM* bn, int width)
{
  int size = width > 0 ? width : BN_num_bytes(bn);
  std::string out(static_cast<std::size_t>(size), '\0');
  BN_bn2binpad(bn, reinterpret_cast<unsigned char*>(out.data()), size);
  return out;
}

std::string bn_param_b64(EVP_PKEY* key, const char* name, int width)
{
  BIGNUM* bn = nullptr;
  if (EVP_PKEY_get_bn_param(key, name, &bn) != 1) return {};
  std::string out = lrjwt::jwt::base64url_encode(bn_bytes(bn, width));
  BN_free(bn);
  return out;
}

// Checks that a loaded key is usable for `alg` (type, and for EC the curve).
std::expected<void, std::string> check_key_fits(EVP_PKEY* key, std::string_view alg)
{
  if (alg.starts_with("RS")) {
    if (!EVP_PKEY_is_a(key, "RSA")) return std::unexpected(std::string(alg) + " needs an RSA private key");
    return {};
  }
  if (!EVP_PKEY_is_a(key, "EC")) return std::unexpected(std::string(alg) + " needs an EC private key");
  int bits = EVP_PKEY_get_bits(key);
  int want = alg == "ES256" ? 256 : alg == "ES384" ? 384 : 521;
  if (bits != want)
    return std::unexpected(std::string(alg) + " needs a key on curve " + ec_curve(alg) + ", got a " +
                           std::to_string(bits) + "-bit curve");
  return {};
}

} // namespace

SigningKey::Pkey SigningKey::pkey() const
{
  // Each thread reads the shared state through its own copy of the future.
  std::shared_future<Pkey> future = m_pkey;
  return future.get();
}

std::expected<SigningKey, std::string> SigningKey::create(const AppConfig& app)
{
  SigningKey key;
  key.m_app_name = app.name;
  key.m_alg = app.alg;
  if (app.alg.starts_with("HS")) {
    key.m_secret = app.secret;
    return key;
  }
  EVP_PKEY* pkey = nullptr;
  if (!app.private_key_file.empty()) {
    BIO* bio = BIO_new_file(app.private_key_file.c_str(), "rb");
    if (bio == nullptr) {
      ERR_clear_error();
      return std::unexpected("app " + app.name + ": cannot read private key file " + app.private_key_file);
    }
    pkey = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (pkey == nullptr)
      return std::unexpected("app " + app.name + ": " + app.private_key_file + " holds no PEM private key (" +
                             openssl_error() + ")");
    Pkey loaded(pkey, EVP_PKEY_free);
    if (auto fits = check_key_fits(pkey, app.alg); !fits)
      return std::unexpected("app " + app.name + ": " + app.private_key_file + ": " + fits.error());
    std::promise<Pkey> ready;
    ready.set_value(std::move(loaded));
    key.m_pkey = ready.get_future().share();
    return key;
  }
  std::string alg = app.alg;
  key.m_pkey = std::async(std::launch::async, [alg] {
                 EVP_PKEY* generated = alg.starts_with("RS") ? EVP_RSA_gen(2048) : EVP_EC_gen(ec_curve(alg));
                 return Pkey(generated, EVP_PKEY_free);
               }).share();
  return key;
}

std::expected<std::string, std::string> SigningKey::sign(std::string_view signing_input) const
{
  const auto* data = reinterpret_cast<const unsigned char*>(signing_input.data());
  if (!is_asymmetric()) {
    unsigned char mac[EVP_MAX_MD_SIZE];
    std::size_t mac_len = 0;
    if (EVP_Q_mac(nullptr, "HMAC", nullptr, digest_name(m_alg), nullptr, m_secret.data(), m_secret.size(), data,
                  signing_input.size(), mac, sizeof mac, &mac_len) == nullptr)
      return std::unexpected("HMAC failed: " + openssl_error());
    return std::string(reinterpret_cast<char*>(mac), mac_len);
  }

  Pkey key = pkey();
  if (!key) return std::unexpected("the " + m_alg + " key of app " + m_app_name + " could not be generated");
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
  std::size_t sig_len = 0;
  if (!ctx || EVP_DigestSignInit_ex(ctx.get(), nullptr, digest_name(m_alg), nullptr, nullptr, key.get(),
                                    nullptr) != 1 ||
      EVP_DigestSign(ctx.get(), nullptr, &sig_len, data, signing_input.size()) != 1)
    return std::unexpected("signing failed: " + openssl_error());
  std::string sig(sig_len, '\0');
  if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(sig.data()), &sig_len, data,
                     signing_input.size()) != 1)
    return std::unexpected("signing failed: " + openssl_error());
  sig.resize(sig_len);
  if (m_alg.starts_with("RS")) return sig;

  // ECDSA: OpenSSL yields DER; JWS wants fixed-width r||s.
  const auto* der = reinterpret_cast<const unsigned char*>(sig.data());
  ECDSA_SIG* ecdsa = d2i_ECDSA_SIG(nullptr, &der, static_cast<long>(sig.size()));
  if (ecdsa == nullptr) return std::unexpected("cannot decode ECDSA signature: " + openssl_error());
  int width = ec_coordinate_bytes(m_alg);
  std::string raw = bn_bytes(ECDSA_SIG_get0_r(ecdsa), width) + bn_bytes(ECDSA_SIG_get0_s(ecdsa), width);
  ECDSA_SIG_free(ecdsa);
  return raw;
}

std::string SigningKey::public_jwk_json() const
{
  if (!is_asymmetric()) return {};
  Pkey owned = pkey();
  if (!owned) return {};
  EVP_PKEY* key = owned.get();
  nlohmann::ordered_json jwk;
  if (m_alg.starts_with("RS")) {
    jwk["kty"] = "RSA";
    jwk["n"] = bn_param_b64(key, OSSL_PKEY_PARAM_RSA_N, 0);
    jwk["e"] = bn_param_b64(key, OSSL_PKEY_PARAM_RSA_E, 0);
  } else {
    int width = ec_coordinate_bytes(m_alg);
    jwk["kty"] = "EC";
    jwk["crv"] = ec_curve(m_alg);
    jwk["x"] = bn_param_b64(key, OSSL_PKEY_PARAM_EC_PUB_X, width);
    jwk["y"] = bn_param_b64(key, OSSL_PKEY_PARAM_EC_PUB_Y, width);
  }
  jwk["kid"] = m_app_name;
  jwk["alg"] = m_alg;
  jwk["use"] = "sig";
  return jwk.dump();
}

} // namespace lrjwt::emulator

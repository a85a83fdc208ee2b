#include "lrjwt/jwt/key.hpp"

#include "lrjwt/jwt/jwk.hpp"

#include <fmt/format.h>
#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/decoder.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <array>

namespace lrjwt::jwt {
namespace {

struct BioFree {
  void operator()(BIO* bio) const { BIO_free(bio); }
};
struct X509Free {
  void operator()(X509* cert) const { X509_free(cert); }
};
struct PemFree {
  void operator()(void* p) const { OPENSSL_free(p); }
};
struct DecoderFree {
  void operator()(OSSL_DECODER_CTX* ctx) const { OSSL_DECODER_CTX_free(ctx); }
};

std::unique_ptr<BIO, BioFree> memory_bio(std::string_view text)
{
  return std::unique_ptr<BIO, BioFree>(BIO_new_mem_buf(text.data(), static_cast<int>(text.size())));
}

// The PEM block types in `text`, in the order they appear ("PUBLIC KEY", ...).
std::string first_pem_label(std::string_view text)
{
  constexpr std::string_view begin = "-----BEGIN ";
  const auto at = text.find(begin);
  if (at == std::string_view::npos) return {};
  const auto start = at + begin.size();
  const auto end = text.find("-----", start);
  return end == std::string_view::npos ? std::string() : std::string(text.substr(start, end - start));
}

// "prime256v1" -> "P-256", ...; empty for curves JWS does not use.
std::string jose_curve_name(std::string_view openssl_name)
{
  static constexpr std::array<std::array<std::string_view, 3>, 3> names{{
    {"P-256", "prime256v1", "secp256r1"},
    {"P-384", "secp384r1", "P-384"},
    {"P-521", "secp521r1", "P-521"},
  }};
  for (const auto& row : names) {
    for (const auto name : row) {
      if (name == openssl_name) return std::string(row[0]);
    }
  }
  return {};
}

// A PKCS#1 "RSA PUBLIC KEY" block (rare; the common SPKI one is read_spki's).
Result<VerifyKey> read_pkcs1_rsa(std::string_view text, std::string_view what)
{
  EVP_PKEY* pkey = nullptr;
  std::unique_ptr<OSSL_DECODER_CTX, DecoderFree> ctx(OSSL_DECODER_CTX_new_for_pkey(
    &pkey, "PEM", "type-specific", "RSA", EVP_PKEY_PUBLIC_KEY, nullptr, nullptr));
  auto bio = memory_bio(text);
  if (!ctx || !bio || OSSL_DECODER_from_bio(ctx.get(), bio.get()) != 1 || pkey == nullptr) {
    return fail(ExitCode::usage, fmt::format("{}: the PEM public key cannot be read", what));
  }
  return key_from_pkey(pkey, what);
}

// A "PUBLIC KEY" (SubjectPublicKeyInfo) block, read with PEM_read_bio and d2i_PUBKEY
// rather than OSSL_DECODER: setting up a decoder context fetches every decoder
// of every provider, about 4.4M instructions, two thirds of a whole verify RS256.
Result<VerifyKey> read_spki(std::string_view text, std::string_view what)
{
  const auto unreadable = [&] { return fail(ExitCode::usage, fmt::format("{}: the PEM public key cannot be read", what)); };
  auto bio = memory_bio(text);
  char* name = nullptr;
  char* header = nullptr;
  unsigned char* data = nullptr;
  long len = 0;
  const bool read = bio && PEM_read_bio(bio.get(), &name, &header, &data, &len) == 1;
  std::unique_ptr<char, PemFree> name_owner(name);
  std::unique_ptr<char, PemFree> header_owner(header);
  std::unique_ptr<unsigned char, PemFree> data_owner(data);
  if (!read || name == nullptr || std::string_view(name) != "PUBLIC KEY" || len <= 0) {
    return unreadable();
  }
  const unsigned char* p = data;
  EVP_PKEY* pkey = d2i_PUBKEY(nullptr, &p, len);
  if (pkey == nullptr) {
    return unreadable();
  }
  if (p != data + len) { // bytes after the SubjectPublicKeyInfo
    EVP_PKEY_free(pkey);
    return unreadable();
  }
  return key_from_pkey(pkey, what);
}

Result<VerifyKey> read_certificate(std::string_view text, std::string_view what)
{
  auto bio = memory_bio(text);
  std::unique_ptr<X509, X509Free> cert(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
  if (!cert) {
    return fail(ExitCode::usage, fmt::format("{}: the PEM certificate cannot be read", what));
  }
  EVP_PKEY* pkey = X509_get_pubkey(cert.get());
  if (pkey == nullptr) {
    return fail(ExitCode::usage, fmt::format("{}: the certificate's public key cannot be read", what));
  }
  return key_from_pkey(pkey, what);
}

} // namespace

std::string describe_key(const VerifyKey& key)
{
  switch (key.kind) {
  case KeyKind::hmac_secret: return "an HMAC secret";
  case KeyKind::rsa: return fmt::format("an RSA {}-bit public key", key.bits);
  case KeyKind::ec: return fmt::format("an EC {} public key", key.curve);
  case KeyKind::ed25519: return "an Ed25519 public key";
  }
  return "a key";
}

VerifyKey hmac_key(std::string secret)
{
  VerifyKey key;
  key.kind = KeyKind::hmac_secret;
  key.secret = std::move(secret);
  return key;
}

Result<VerifyKey> key_from_pkey(EVP_PKEY* pkey, std::string_view what)
{
  VerifyKey key;
  key.pkey = std::shared_ptr<EVP_PKEY>(pkey, EVP_PKEY_free);
  if (EVP_PKEY_is_a(pkey, "RSA")) {
    key.kind = KeyKind::rsa;
    key.bits = EVP_PKEY_get_bits(pkey);
    if (key.bits < k_min_rsa_bits) {
      return fail(ExitCode::bad_signature, fmt::format("{}: the RSA key has {} bits; JWS needs at least {} "
                                                       "(RFC 7518 3.3), so it is refused",
                                                       what, key.bits, k_min_rsa_bits));
    }
    return key;
  }
  if (EVP_PKEY_is_a(pkey, "EC")) {
    std::array<char, 80> group{};
    std::size_t len = 0;
    if (EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_GROUP_NAME, group.data(), group.size(), &len) != 1) {
      return fail(ExitCode::bad_signature, fmt::format("{}: the EC key names no standard curve", what));
    }
    key.kind = KeyKind::ec;
    key.curve = jose_curve_name(std::string_view(group.data(), len));
    if (key.curve.empty()) {
      return fail(ExitCode::bad_signature, fmt::format("{}: the EC curve {} is not used by JWS (only P-256, "
                                                       "P-384, P-521)",
                                                       what, std::string_view(group.data(), len)));
    }
    return key;
  }
  if (EVP_PKEY_is_a(pkey, "ED25519")) {
    key.kind = KeyKind::ed25519;
    return key;
  }
  return fail(ExitCode::bad_signature,
              fmt::format("{}: a {} key cannot verify a JWS (RSA, EC or Ed25519 keys can)", what,
                          EVP_PKEY_get0_type_name(pkey) ? EVP_PKEY_get0_type_name(pkey) : "unknown"));
}

Result<VerifyKey> load_key_text(std::string_view text, std::string_view what)
{
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && text[first] == '{') {
    return key_from_jwk(text, what);
  }
  const std::string label = first_pem_label(text);
  if (label == "PUBLIC KEY") return read_spki(text, what);
  if (label == "RSA PUBLIC KEY") return read_pkcs1_rsa(text, what);
  if (label == "CERTIFICATE" || label == "X509 CERTIFICATE" || label == "TRUSTED CERTIFICATE") {
    return read_certificate(text, what);
  }
  if (label.ends_with("PRIVATE KEY")) {
    return fail(ExitCode::usage, fmt::format("{} holds a private key; give the public key instead "
                                             "(openssl pkey -in FILE -pubout)",
                                             what));
  }
  return fail(ExitCode::usage, fmt::format("{} is not a PEM public key, an X.509 certificate or a JWK", what));
}

} // namespace lrjwt::jwt

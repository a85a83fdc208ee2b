#include "jose_vectors.hpp"

#include "lrjwt/jwt/base64url.hpp"
#include "lrjwt/jwt/jws_verify.hpp"
#include "lrjwt/jwt/key.hpp"

#include <doctest/doctest.h>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <string>

using lrjwt::ExitCode;
using lrjwt::jwt::KeyKind;
using lrjwt::jwt::load_key_text;

namespace {

// The RFC 7515 A.2 RSA key and the A.3 EC key as PEM (converted from their JWKs).
const std::string k_rsa_spki = R"(-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAofgWCuLjybRlzo0tZWJj
NiuSfb4p4fAkd/wWJcyQoTbji9k0l8W26mPddxHmfHQp+Vaw+4qPCJrcS2mJPMEz
P1Pt0Bm4d4QlL+yRT+SFd2lZS+pCgNMsD1W/YpRPEwOWvG6b32690r2jZ47soMZo
9wGzjb/7OMg0LOL+bSf63kpaSHSXndS5z5rexMdbBYUsLA9e+KXBdQOS+UTo7WTB
EMa2R2CapHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6/I5IhlJH7aGhyxX
FvUK+DWNmoudF8NAco9/h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXp
oQIDAQAB
-----END PUBLIC KEY-----
)";
const std::string k_rsa_pkcs1 = R"(-----BEGIN RSA PUBLIC KEY-----
MIIBCgKCAQEAofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd/wWJcyQoTbji9k0l8W2
6mPddxHmfHQp+Vaw+4qPCJrcS2mJPMEzP1Pt0Bm4d4QlL+yRT+SFd2lZS+pCgNMs
D1W/YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb/7OMg0LOL+bSf63kpaSHSXndS5
z5rexMdbBYUsLA9e+KXBdQOS+UTo7WTBEMa2R2CapHg665xsmtdVMTBQY4uDZlxv
b3qCo5ZwKh9kG4LT6/I5IhlJH7aGhyxXFvUK+DWNmoudF8NAco9/h9iaGNj8q2et
hFkMLs91kzk2PAcDTW9gb54h4FRWyuXpoQIDAQAB
-----END RSA PUBLIC KEY-----
)";
const std::string k_ec_spki = R"(-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEf83OJ3D2xF1Bg8vub9tLe1gHMzV7
6e8Tus9uPHvRVEXH8UTNG72bfocs3+257rn0s2ldbqkLJK2KRiMohYjlrQ==
-----END PUBLIC KEY-----
)";
const std::string k_ed25519_spki = R"(-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEA11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=
-----END PUBLIC KEY-----
)";

// Verifies RFC vector `index` with `key`.
bool verifies(const lrjwt::jwt::VerifyKey& key, std::size_t index)
{
  const auto& v = jose_vectors::k_all[index];
  const auto last = v.compact.rfind('.');
  const auto sig = lrjwt::jwt::base64url_decode(v.compact.substr(last + 1));
  return lrjwt::jwt::verify_signature(v.alg, key, v.compact.substr(0, last), sig.value_or("")).has_value();
}

std::string pem_of(EVP_PKEY* pkey, bool as_certificate)
{
  BIO* bio = BIO_new(BIO_s_mem());
  if (as_certificate) {
    X509* cert = X509_new();
    X509_set_version(cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert), 1);
    X509_gmtime_adj(X509_getm_notBefore(cert), 0);
    X509_gmtime_adj(X509_getm_notAfter(cert), 3600);
    X509_set_pubkey(cert, pkey);
    X509_NAME_add_entry_by_txt(X509_get_subject_name(cert), "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char*>("test"), -1, -1, 0);
    X509_set_issuer_name(cert, X509_get_subject_name(cert));
    X509_sign(cert, pkey, EVP_sha256());
    PEM_write_bio_X509(bio, cert);
    X509_free(cert);
  } else {
    PEM_write_bio_PUBKEY(bio, pkey);
  }
  char* data = nullptr;
  const long len = BIO_get_mem_data(bio, &data);
  std::string out(data, static_cast<std::size_t>(len));
  BIO_free(bio);
  return out;
}

} // namespace

TEST_CASE("jwt::load_key_text")
{
  SUBCASE("SPKI RSA public key")
  {
    const auto key = load_key_text(k_rsa_spki, "--key a.pem");
    REQUIRE(key.has_value());
    CHECK(key->kind == KeyKind::rsa);
    CHECK(key->bits == 2048);
    CHECK(verifies(*key, 1));
  }
  SUBCASE("PKCS#1 RSA PUBLIC KEY")
  {
    const auto key = load_key_text(k_rsa_pkcs1, "--key a.pem");
    REQUIRE(key.has_value());
    CHECK(verifies(*key, 1));
  }
  SUBCASE("EC P-256 and Ed25519 public keys")
  {
    const auto ec = load_key_text(k_ec_spki, "--key ec.pem");
    REQUIRE(ec.has_value());
    CHECK(ec->curve == "P-256");
    CHECK(verifies(*ec, 2));
    const auto ed = load_key_text(k_ed25519_spki, "--key ed.pem");
    REQUIRE(ed.has_value());
    CHECK(ed->kind == KeyKind::ed25519);
    CHECK(verifies(*ed, 8));
  }
  SUBCASE("X.509 certificate: its subject key")
  {
    EVP_PKEY* pkey = EVP_EC_gen("P-384");
    REQUIRE(pkey != nullptr);
    const auto key = load_key_text(pem_of(pkey, true), "--key cert.pem");
    EVP_PKEY_free(pkey);
    REQUIRE(key.has_value());
    CHECK(key->kind == KeyKind::ec);
    CHECK(key->curve == "P-384");
  }
  SUBCASE("a JWK")
  {
    const auto key = load_key_text(std::string("  \n") + std::string(jose_vectors::k_rfc7515_a4_key), "--key k.jwk");
    REQUIRE(key.has_value());
    CHECK(verifies(*key, 3));
  }
  SUBCASE("RSA under 2048 bits is refused")
  {
    EVP_PKEY* small = EVP_RSA_gen(1024);
    REQUIRE(small != nullptr);
    const auto key = load_key_text(pem_of(small, false), "--key small.pem");
    EVP_PKEY_free(small);
    REQUIRE_FALSE(key.has_value());
    CHECK(key.error().code == ExitCode::bad_signature);
    CHECK(key.error().message == "--key small.pem: the RSA key has 1024 bits; JWS needs at least 2048 (RFC 7518 "
                                 "3.3), so it is refused");
  }
  SUBCASE("a curve JWS does not use")
  {
    EVP_PKEY* k1 = EVP_EC_gen("secp256k1");
    REQUIRE(k1 != nullptr);
    const auto key = load_key_text(pem_of(k1, false), "--key k1.pem");
    EVP_PKEY_free(k1);
    REQUIRE_FALSE(key.has_value());
    CHECK(key.error().code == ExitCode::bad_signature);
    CHECK(key.error().message.find("secp256k1") != std::string::npos);
  }
  SUBCASE("SPKI read without OSSL_DECODER: extra bytes after the DER and empty blocks are refused")
  {
    // The RSA key's DER with two bytes after it, written back as a PUBLIC KEY block.
    BIO* in = BIO_new_mem_buf(k_rsa_spki.data(), static_cast<int>(k_rsa_spki.size()));
    char* name = nullptr;
    char* header = nullptr;
    unsigned char* der = nullptr;
    long len = 0;
    REQUIRE(PEM_read_bio(in, &name, &header, &der, &len) == 1);
    std::string bytes(reinterpret_cast<const char*>(der), static_cast<std::size_t>(len));
    OPENSSL_free(name);
    OPENSSL_free(header);
    OPENSSL_free(der);
    BIO_free(in);
    bytes += std::string("\0\0", 2);
    BIO* out = BIO_new(BIO_s_mem());
    PEM_write_bio(out, "PUBLIC KEY", "", reinterpret_cast<const unsigned char*>(bytes.data()),
                  static_cast<long>(bytes.size()));
    char* text = nullptr;
    const long text_len = BIO_get_mem_data(out, &text);
    const std::string padded(text, static_cast<std::size_t>(text_len));
    BIO_free(out);
    const auto trailing = load_key_text(padded, "--key t.pem");
    REQUIRE_FALSE(trailing.has_value());
    CHECK(trailing.error().code == ExitCode::usage);
    CHECK(trailing.error().message == "--key t.pem: the PEM public key cannot be read");
    const auto empty = load_key_text("-----BEGIN PUBLIC KEY-----\n-----END PUBLIC KEY-----\n", "--key e.pem");
    REQUIRE_FALSE(empty.has_value());
    CHECK(empty.error().code == ExitCode::usage);
    const auto unended = load_key_text("-----BEGIN PUBLIC KEY-----\nMIIB\n", "--key u.pem");
    REQUIRE_FALSE(unended.has_value());
    CHECK(unended.error().code == ExitCode::usage);
  }
  SUBCASE("private keys, garbage and damaged PEM are usage errors")
  {
    const auto priv = load_key_text("-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n", "--key p.pem");
    REQUIRE_FALSE(priv.has_value());
    CHECK(priv.error().code == ExitCode::usage);
    CHECK(priv.error().message.find("private key") != std::string::npos);
    const auto junk = load_key_text("hello", "--key x");
    REQUIRE_FALSE(junk.has_value());
    CHECK(junk.error().message == "--key x is not a PEM public key, an X.509 certificate or a JWK");
    std::string damaged = k_rsa_spki;
    damaged[40] = '*';
    CHECK(load_key_text(damaged, "--key d.pem").error().code == ExitCode::usage);
  }
}

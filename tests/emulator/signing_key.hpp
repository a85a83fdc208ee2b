#pragma once

#include "config.hpp"

#include <openssl/types.h>

#include <expected>
#include <future>
#include <memory>
#include <string>
#include <string_view>

namespace lrjwt::emulator {

// The key material of one JWT app and the JWS signing operation for its alg.
// Safe to use from several threads at once (sign() is const and stateless).
class SigningKey {
public:
  // HS*: the secret; RS*/ES*: the PEM file (read now, so a bad file fails
  // here), or a fresh key (RSA 2048, EC P-256/P-384/P-521) when the app names
  // no file. RSA generation can take a second or two, so it runs in the
  // background; sign() and public_jwk_json() wait for it.
  static std::expected<SigningKey, std::string> create(const AppConfig& app);

  const std::string& app_name() const { return m_app_name; }
  const std::string& alg() const { return m_alg; }
  bool is_asymmetric() const { return !m_alg.starts_with("HS"); }

  // The raw JWS signature of `signing_input` (ES*: r||s, not DER).
  std::expected<std::string, std::string> sign(std::string_view signing_input) const;

  // The public JWK as serialized JSON (kid = app name); empty for HS* apps.
  std::string public_jwk_json() const;

private:
  using Pkey = std::shared_ptr<EVP_PKEY>;

  // The key once available; null when generation failed.
  Pkey pkey() const;

  std::string m_app_name;
  std::string m_alg;
  std::string m_secret;
  std::shared_future<Pkey> m_pkey;
};

} // namespace lrjwt::emulator

#include "jwt_minter.hpp"

#include "lrjwt/jwt/base64url.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <openssl/rand.h>

#include <array>

namespace lrjwt::emulator {
namespace {

std::string uuid_v4()
{
  std::array<unsigned char, 16> b{};
  if (RAND_bytes(b.data(), static_cast<int>(b.size())) != 1) b.fill(0x5a);
  b[6] = static_cast<unsigned char>((b[6] & 0x0f) | 0x40);
  b[8] = static_cast<unsigned char>((b[8] & 0x3f) | 0x80);
  return fmt::format("{:02x}{:02x}{:02x}{:02x}-{:02x}{:02x}-{:02x}{:02x}-{:02x}{:02x}-{:02x}{:02x}{:02x}{:02x}{:02x}{:02x}",
                     b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14],
                     b[15]);
}

} // namespace

std::expected<std::string, std::string> mint_jwt(const SigningKey& key, const Config& config,
                                                 const UserConfig& user, std::int64_t now)
{
  nlohmann::ordered_json header;
  header["alg"] = key.alg();
  header["typ"] = "JWT";
  header["kid"] = key.app_name();

  nlohmann::ordered_json claims;
  claims["iss"] = config.issuer;
  claims["sub"] = user.uid;
  claims["jti"] = uuid_v4();
  claims["iat"] = now;
  claims["nbf"] = now;
  claims["exp"] = now + config.token_lifetime;
  if (user.email) claims["email"] = *user.email;
  auto extra = nlohmann::ordered_json::parse(user.claims_json, nullptr, false);
  if (extra.is_object())
    for (auto& [name, value] : extra.items()) claims[name] = value;

  std::string signing_input =
    jwt::base64url_encode(header.dump()) + "." + jwt::base64url_encode(claims.dump());
  auto signature = key.sign(signing_input);
  if (!signature) return std::unexpected(signature.error());
  return signing_input + "." + jwt::base64url_encode(*signature);
}

} // namespace lrjwt::emulator

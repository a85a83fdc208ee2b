#include "lrjwt/jwt/algorithm.hpp"

#include "lrjwt/jwt/json_text.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cctype>

namespace lrjwt::jwt {
namespace {

bool contains(const std::vector<std::string>& list, std::string_view value)
{
  return std::find(list.begin(), list.end(), value) != list.end();
}

std::vector<std::string> with_prefixes(std::initializer_list<std::string_view> prefixes)
{
  std::vector<std::string> out;
  for (const auto prefix : prefixes) {
    for (const char* bits : {"256", "384", "512"}) {
      out.push_back(std::string(prefix) + bits);
    }
  }
  return out;
}

} // namespace

const std::vector<std::string>& supported_algorithms()
{
  static const std::vector<std::string> all = [] {
    auto list = with_prefixes({"HS", "RS", "PS", "ES"});
    list.emplace_back("EdDSA");
    return list;
  }();
  return all;
}

bool is_none_algorithm(std::string_view alg)
{
  return alg.size() == 4 && std::equal(alg.begin(), alg.end(), "none", [](char a, char b) {
           return std::tolower(static_cast<unsigned char>(a)) == b;
         });
}

bool is_supported_algorithm(std::string_view alg)
{
  return contains(supported_algorithms(), alg);
}

std::vector<std::string> algorithms_for_key(const VerifyKey& key)
{
  std::vector<std::string> algs;
  switch (key.kind) {
  case KeyKind::hmac_secret: algs = with_prefixes({"HS"}); break;
  case KeyKind::rsa: algs = with_prefixes({"RS", "PS"}); break;
  case KeyKind::ec:
    if (key.curve == "P-256") algs = {"ES256"};
    if (key.curve == "P-384") algs = {"ES384"};
    if (key.curve == "P-521") algs = {"ES512"};
    break;
  case KeyKind::ed25519: algs = {"EdDSA"}; break;
  }
  if (!key.jwk_alg.empty()) {
    const bool fits = contains(algs, key.jwk_alg);
    algs.clear();
    if (fits) algs.push_back(key.jwk_alg);
  }
  return algs;
}

Result<void> check_token_algorithm(std::string_view header_alg, const std::vector<std::string>& allowed)
{
  if (is_none_algorithm(header_alg)) {
    return fail(ExitCode::bad_signature,
                fmt::format("the token is unsigned (alg {}); unsigned tokens are never accepted", quote_json(header_alg)));
  }
  if (!is_supported_algorithm(header_alg)) {
    return fail(ExitCode::bad_signature, fmt::format("algorithm {} is not supported (supported: {})", quote_json(header_alg),
                                                     fmt::join(supported_algorithms(), ", ")));
  }
  if (!allowed.empty() && !contains(allowed, header_alg)) {
    return fail(ExitCode::bad_signature, fmt::format("the token's header alg {} differs from --alg {}", header_alg,
                                                     fmt::join(allowed, ", ")));
  }
  return {};
}

Result<void> check_algorithm(std::string_view header_alg, const std::vector<std::string>& allowed,
                             const VerifyKey& key)
{
  if (auto ok = check_token_algorithm(header_alg, allowed); !ok) return ok;
  if (header_alg.starts_with("HS") && key.kind != KeyKind::hmac_secret) {
    return fail(ExitCode::bad_signature,
                fmt::format("algorithm confusion: an {} (HMAC) token cannot be verified with {}; refused without "
                            "checking (an HMAC token needs the shared secret: --secret-file, --secret-env, "
                            "--secret-stdin)",
                            header_alg, describe_key(key)));
  }
  const auto fitting = algorithms_for_key(key);
  if (!contains(fitting, header_alg)) {
    if (!key.jwk_alg.empty()) {
      return fail(ExitCode::bad_signature, fmt::format("the token's alg {} does not match the key's alg {}",
                                                       header_alg, key.jwk_alg));
    }
    return fail(ExitCode::bad_signature, fmt::format("{} cannot verify {} (it verifies {})", describe_key(key),
                                                     header_alg, fmt::join(fitting, ", ")));
  }
  return {};
}

} // namespace lrjwt::jwt

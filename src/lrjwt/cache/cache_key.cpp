#include "lrjwt/cache/cache_key.hpp"

#include "lrjwt/util/sha256.hpp"

namespace lrjwt::cache {
namespace {

std::string normalised_base(std::string base)
{
  while (!base.empty() && base.back() == '/') {
    base.pop_back();
  }
  return base;
}

// Length-prefixed fields, so that no two different tuples share a text.
void append_field(std::string& out, std::string_view field)
{
  out += std::to_string(field.size());
  out += ':';
  out += field;
  out += ';';
}

CacheKey make_key(const api::Endpoint& ep, const std::string& kind, const std::string& identity_material,
                  std::string identity_label)
{
  CacheKey key;
  key.api = ep.style == api::ApiStyle::hub ? "hub" : "legacy";
  key.base_url = normalised_base(ep.base_url);
  key.app = ep.jwtapp;
  key.identity = std::move(identity_label);
  std::string material = "lrjwt-cache-v1;";
  for (const std::string* field : std::initializer_list<const std::string*>{&key.api, &key.base_url, &ep.apikey, &ep.jwtapp, &ep.region, &kind,
                                   &identity_material}) {
    append_field(material, *field);
  }
  key.id = util::sha256_hex(material);
  return key;
}

} // namespace

CacheKey key_for_login(const api::LoginRequest& login)
{
  const std::string kind = api::identity_field(login.kind);
  return make_key(login.endpoint, kind, login.identity, kind + " " + login.identity);
}

CacheKey key_for_token(const api::TokenRequest& token)
{
  // The access token itself never leaves memory: the key holds its hash only.
  const std::string digest = util::sha256_hex(token.access_token);
  return make_key(token.endpoint, "access_token", digest, "access token sha256:" + digest.substr(0, 8));
}

} // namespace lrjwt::cache

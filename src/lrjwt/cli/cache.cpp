#include "lrjwt/cache/store.hpp"
#include "lrjwt/cli/command.hpp"
#include "lrjwt/out/json_object.hpp"
#include "lrjwt/util/diag.hpp"
#include "lrjwt/util/time_format.hpp"
#include "lrjwt/jwt/json_text.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <memory>

namespace lrjwt::cli {
namespace {

struct CacheCommandOptions {
  bool json = false;
  bool expired = false;
};

Result<cache::Store> open_store()
{
  auto dir = cache::default_dir();
  if (!dir) return std::unexpected(dir.error());
  return cache::Store::open(*dir, false);
}

Result<std::string> run_list(const CacheCommandOptions& o)
{
  auto store = open_store();
  if (!store) return std::unexpected(store.error());
  const auto entries = store->list();
  const std::int64_t now = cache::now();
  if (o.json) {
    std::string out = "[";
    for (std::size_t i = 0; i < entries.size(); ++i) {
      const auto& e = entries[i];
      out::JsonObjectText obj;
      obj.string("identity", e.identity).string("app", e.app).string("base_url", e.base_url).string("api", e.api);
      const std::int64_t exp = e.exp.value_or(0);
      obj.string("expires_at", util::format_rfc3339_utc(exp).value_or(std::to_string(exp)));
      obj.integer("expires_in", exp - now);
      obj.boolean("expired", exp <= now);
      out += (i ? "," : "") + obj.str();
    }
    return out + "]\n";
  }
  if (entries.empty()) {
    diag::line(fmt::format("no cached JWTs in {}", store->dir()));
    return std::string();
  }
  std::string out = fmt::format("{:<40} {:<16} {:<36} {:<20} {}\n", "IDENTITY", "APP", "BASE URL", "EXPIRES AT",
                                "EXPIRES");
  for (const auto& e : entries) {
    const std::int64_t exp = e.exp.value_or(0);
    out += fmt::format("{:<40} {:<16} {:<36} {:<20} {}\n", e.identity, e.app, e.base_url,
                       util::format_rfc3339_utc(exp).value_or("?"),
                       exp <= now ? "expired " + util::format_relative(exp - now) : util::format_relative(exp - now));
  }
  return out;
}

Result<std::string> run_clear(const CacheCommandOptions& o)
{
  auto store = open_store();
  if (!store) return std::unexpected(store.error());
  const int removed = store->clear(o.expired, cache::now());
  diag::line(fmt::format("removed {} {}cached JWT{} from {}", removed, o.expired ? "expired " : "",
                         removed == 1 ? "" : "s", store->dir()));
  return std::string();
}

} // namespace

std::vector<Command> setup_cache(CLI::App& parent)
{
  CLI::App* cache = parent.add_subcommand("cache", "List or clear the JWT cache (--cache); never shows a token");
  cache->require_subcommand(1);
  auto o = std::make_shared<CacheCommandOptions>();
  CLI::App* list = cache->add_subcommand("list", "One row per cached JWT: identity, app, base URL, expiry");
  list->add_flag("--json", o->json, "print a JSON array");
  CLI::App* clear = cache->add_subcommand("clear", "Remove cached JWTs");
  clear->add_flag("--expired", o->expired, "remove only expired (or unusable) entries");
  return {Command{list, [o] { return run_list(*o); }, {}}, Command{clear, [o] { return run_clear(*o); }, {}}};
}

} // namespace lrjwt::cli

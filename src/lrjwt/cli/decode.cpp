#include "lrjwt/cli/command.hpp"
#include "lrjwt/io/input.hpp"
#include "lrjwt/jwt/compact.hpp"
#include "lrjwt/out/decoded.hpp"
#include "lrjwt/util/diag.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <ctime>
#include <memory>

namespace lrjwt::cli {
namespace {

struct DecodeOptions {
  std::string token;
  bool json = false;
  std::string color = "auto";
  bool quiet = false;
};

Result<std::string> run_decode(DecodeOptions& o)
{
  diag::set_quiet(o.quiet);
  std::string text = o.token;
  if (text.empty() || text == "-") {
    if (text.empty() && io::stdin_is_terminal()) {
      return fail(ExitCode::usage, "decode needs a token: lrjwt decode TOKEN, or pipe it on standard input");
    }
    auto r = io::read_file_or_stdin("-", "decode");
    if (!r) return std::unexpected(r.error());
    text = std::move(*r);
  }
  const std::string color = io::trim(o.color);
  if (color != "auto" && color != "always" && color != "never") {
    return fail(ExitCode::usage, "--color must be auto, always or never");
  }
  auto decoded = jwt::parse_compact(text, jwt::ParseMode::lenient);
  if (!decoded) {
    return std::unexpected(decoded.error());
  }
  for (const auto& w : decoded->warnings) {
    diag::warning(w);
  }
  const auto now = static_cast<std::int64_t>(std::time(nullptr));
  if (o.json) {
    return out::render_decoded_json(*decoded, now) + "\n";
  }
  const auto no_color = io::env("NO_COLOR");
  const bool use_color =
    color == "always" || (color == "auto" && !(no_color && !no_color->empty()) && io::stdout_is_terminal());
  return out::render_decoded_text(*decoded, now, use_color);
}

} // namespace

Command setup_decode(CLI::App& parent)
{
  auto o = std::make_shared<DecodeOptions>();
  CLI::App* sub = parent.add_subcommand("decode", "Show a JWT's header, claims and times (no verification, no network)");
  sub->add_option("token", o->token, "the JWT; - or nothing reads standard input")->option_text("TOKEN|-");
  sub->add_flag("--json", o->json, "print one JSON object instead of text");
  sub->add_option("--color", o->color, "auto (default), always or never; NO_COLOR disables auto")
    ->envname("LRJWT_COLOR")
    ->option_text("WHEN");
  sub->add_flag("-q,--quiet", o->quiet, "print no warnings");
  return Command{sub, [o] { return run_decode(*o); }};
}

} // namespace lrjwt::cli

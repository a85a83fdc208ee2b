#include "lrjwt/cli/app.hpp"

#include "lrjwt/cli/command.hpp"
#include "lrjwt/cli/common_options.hpp"
#include "lrjwt/jwt/crypto_init.hpp"
#include "lrjwt/util/diag.hpp"
#include "lrjwt/util/interrupt.hpp"
#include "lrjwt/util/version.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

namespace lrjwt::cli {
namespace {

// A secret must never be accepted from argv, and CLI11 would echo it in its
// "not expected" message: catch `--password...` before parsing.
bool refuse_password_flag(int argc, char** argv)
{
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--") {
      break;
    }
    if (arg.starts_with("--password") && arg != "--password-stdin" && arg != "--password-file"
        && !arg.starts_with("--password-file=")) {
      diag::error("there is no --password flag (a password on the command line shows in ps and shell history); "
                  "set LRJWT_PASSWORD, or use --password-stdin or --password-file FILE");
      return true;
    }
  }
  return false;
}

// Shows each option's environment variable in --help: "... [env LRJWT_APIKEY]".
// Recurses, for the nested commands (exec login, exec token, cache list, ...).
void describe_env_names(CLI::App& app)
{
  for (CLI::App* sub : app.get_subcommands({})) {
    for (CLI::Option* opt : sub->get_options()) {
      if (!opt->get_envname().empty()) {
        opt->description(opt->get_description() + " [env " + opt->get_envname() + "]");
      }
    }
    describe_env_names(*sub);
  }
}

// CLI11 prints a flag's variable as " (Env:NAME)" beside its name, while
// describe_env_names already adds "[env NAME]" to every description: drop the first.
class HelpFormatter : public CLI::Formatter {
public:
  std::string make_option_opts(const CLI::Option* opt) const override
  {
    std::string text = CLI::Formatter::make_option_opts(opt);
    if (!opt->get_envname().empty()) {
      const std::string tag = " (" + get_label("Env") + ":" + opt->get_envname() + ")";
      if (const auto at = text.find(tag); at != std::string::npos) {
        text.erase(at, tag.size());
      }
    }
    return text;
  }
};

// Whether a word the user typed may be named in an error: it looks like a
// command or a shell name, not like a JWT or an access token given in its place.
bool is_command_word(std::string_view word)
{
  return !word.empty() && word.size() <= 20
         && std::ranges::all_of(word, [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; });
}

// CLI11's "The following argument(s) was/were not expected: A B", rewritten so
// that it shows no value: only flag names ("--pasword", "--frob" of
// "--frob=x"). A value there may be a secret given without its flag (`lrjwt
// token $ACCESS_TOKEN`, a passphrase after a mistyped --password-file), and
// CLI11 joins the arguments with spaces, so a value cannot be told apart from
// words of its own.
std::string mask_unexpected(std::string_view what)
{
  constexpr std::string_view marker = " expected: ";
  const auto at = what.find(marker);
  if (!what.starts_with("The following argument") || at == std::string_view::npos) {
    return std::string(what);
  }
  std::vector<std::string_view> flags;
  bool values = false;
  std::string_view rest = what.substr(at + marker.size());
  while (!rest.empty()) {
    const auto space = rest.find(' ');
    const std::string_view arg = rest.substr(0, space);
    rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
    const std::string_view name = arg.substr(0, arg.find('='));
    const bool flag = name.size() >= 2 && name.size() <= 32 && name[0] == '-'
                      && std::ranges::all_of(name, [](char c) {
                           return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                                  || c == '-' || c == '_';
                         });
    if (flag) {
      flags.push_back(name);
      values = values || name.size() != arg.size();
    } else if (!arg.empty()) {
      values = true;
    }
  }
  std::string out = "unexpected arguments:";
  if (!flags.empty()) out += fmt::format(" unknown option {}", fmt::join(flags, ", "));
  if (values) out += fmt::format("{} a value not shown (it may be a secret)", flags.empty() ? "" : ", and");
  return out;
}

int write_stdout(const std::string& text)
{
  if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::fflush(stdout) != 0) {
    diag::error(fmt::format("cannot write to standard output: {}", std::strerror(errno)));
    return static_cast<int>(ExitCode::internal);
  }
  return 0;
}

using Setup = std::vector<Command> (*)(CLI::App&);
template<Command (*One)(CLI::App&)>
std::vector<Command> as_group(CLI::App& app)
{
  return {One(app)};
}

// The subcommands in --help order.
constexpr std::pair<std::string_view, Setup> k_subcommands[] = {
  {"login", as_group<setup_login>},       {"token", as_group<setup_token>}, {"decode", as_group<setup_decode>},
  {"verify", as_group<setup_verify>},     {"completion", as_group<setup_completion>},
  {"exec", setup_exec},                   {"cache", setup_cache},
};

bool is_subcommand(std::string_view name)
{
  for (const auto& [known, setup] : k_subcommands) {
    if (known == name) {
      return true;
    }
  }
  return false;
}

// Registers the subcommands. Building every option of every subcommand is most
// of a decode's or a cache hit's run time (issue 7), so when argv[1] names a
// subcommand only that one is built: its parsing, errors and --help are the
// same. Anything else (no argument, --help, a typo) gets them all.
std::vector<Command> setup_commands(CLI::App& app, std::string_view first)
{
  for (const auto& [name, setup] : k_subcommands) {
    if (name == first) {
      return setup(app);
    }
  }
  std::vector<Command> commands;
  for (const auto& [name, setup] : k_subcommands) {
    auto group = setup(app);
    commands.insert(commands.end(), group.begin(), group.end());
  }
  return commands;
}

int run(int argc, char** argv)
{
  if (refuse_password_flag(argc, argv)) {
    return static_cast<int>(ExitCode::usage);
  }
  if (argc > 1 && argv[1][0] != '-' && !is_subcommand(argv[1])) {
    // CLI11 would say "A subcommand is required". The word is named only if it
    // looks like a mistyped command: a JWT or an access token given without its
    // command must not land in a CI log.
    const std::string_view word = argv[1];
    diag::error(fmt::format("unknown command{}; the commands are login, token, decode, verify, exec, cache and "
                            "completion (see 'lrjwt --help')",
                            is_command_word(word) ? fmt::format(" '{}'", word) : std::string()));
    return static_cast<int>(ExitCode::usage);
  }
  if (argc > 2 && std::string_view(argv[1]) == "completion" && argv[2][0] != '-') {
    const std::string_view shell = argv[2];
    if (shell != "bash" && shell != "zsh" && shell != "fish") {
      diag::error(fmt::format("completion: unknown shell{}; the shells are bash, zsh and fish",
                              is_command_word(shell) ? fmt::format(" '{}'", shell) : std::string()));
      return static_cast<int>(ExitCode::usage);
    }
  }
  remember_command_line(argc, argv);
  CLI::App app{"lrjwt: fetch, decode and verify LoginRadius JWTs", "lrjwt"};
  app.formatter(std::make_shared<HelpFormatter>());
  app.set_version_flag("--version", [] { return util::version_text(); });
  app.require_subcommand(1);
  app.footer("Exit codes: 0 ok, 1 LoginRadius error, 2 usage, 3 network, 4 unexpected response, 5 malformed token,\n"
             "6 bad signature, 7 expired, 8 claim mismatch, 70 internal error. See lrjwt(1).");
  std::vector<Command> commands = setup_commands(app, argc > 1 ? std::string_view(argv[1]) : std::string_view());
  describe_env_names(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    fmt::print("{}", app.help());
    return 0;
  } catch (const CLI::CallForAllHelp&) {
    fmt::print("{}", app.help("", CLI::AppFormatMode::All));
    return 0;
  } catch (const CLI::CallForVersion& e) {
    fmt::print("{}\n", e.what());
    return 0;
  } catch (const CLI::ParseError& e) {
    if (argc <= 1) {
      fmt::print(stderr, "{}", app.help());
      return static_cast<int>(ExitCode::usage);
    }
    // Point at the command's own help: "see 'lrjwt exec token --help'".
    std::string command = "lrjwt";
    for (const CLI::App* level = &app; level != nullptr;) {
      const CLI::App* next = nullptr;
      for (const CLI::App* sub : level->get_subcommands()) {
        command += " " + sub->get_name();
        next = sub;
        break;
      }
      level = next;
    }
    // diag::error escapes any control character left in CLI11's message.
    std::string message = mask_unexpected(e.what());
    if (command.starts_with("lrjwt exec ") && message.starts_with("unexpected arguments:")) {
      message += "; the command to run goes after --";
    }
    diag::error(fmt::format("{} (see '{} --help')", message, command));
    return static_cast<int>(ExitCode::usage);
  }
  for (auto& command : commands) {
    if (command.app->parsed() && command.run_status) {
      auto status = command.run_status();
      if (!status) {
        diag::error(status.error().message);
        return static_cast<int>(status.error().code);
      }
      return *status;
    }
    if (command.app->parsed()) {
      auto result = command.run();
      if (!result) {
        diag::error(result.error().message);
        return static_cast<int>(result.error().code);
      }
      return write_stdout(*result);
    }
  }
  diag::error("no command given (see 'lrjwt --help')");
  return static_cast<int>(ExitCode::usage);
}

} // namespace

int main(int argc, char** argv)
{
  util::install_interrupt_handlers();
  jwt::init_crypto();
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    diag::error(fmt::format("internal error: {}", e.what()));
  } catch (...) {
    diag::error("internal error");
  }
  return static_cast<int>(ExitCode::internal);
}

} // namespace lrjwt::cli

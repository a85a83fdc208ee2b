#include "lrjwt/cli/command.hpp"
#include "lrjwt/cli/common_options.hpp"
#include "lrjwt/cmd/run_child.hpp"

#include <CLI/CLI.hpp>

#include <memory>

namespace lrjwt::cli {
namespace {

void add_exec_variant(CLI::App& exec, const char* name, const char* description, bool login,
                      std::vector<Command>& out)
{
  CLI::App* sub = exec.add_subcommand(name, description);
  Obtainer obtain = login ? add_login_options(*sub) : add_token_options(*sub);
  auto argv = std::make_shared<std::vector<std::string>>();
  sub->add_option("command", *argv, "the command to run, after --")->option_text("-- CMD [ARGS...]");
  Command command;
  command.app = sub;
  command.run_status = [obtain, argv]() -> Result<int> {
    if (argv->empty()) {
      return fail(ExitCode::usage, "exec needs a command to run: lrjwt exec login|token [options] -- CMD [ARGS...]");
    }
    auto got = obtain();
    if (!got) {
      return std::unexpected(got.error());
    }
    if (got->dry_run) {
      return fail(ExitCode::usage, "--dry-run cannot be used with exec");
    }
    return cmd::run_with_token(*argv, got->settings.env_name, got->text);
  };
  out.push_back(std::move(command));
}

} // namespace

std::vector<Command> setup_exec(CLI::App& parent)
{
  CLI::App* exec = parent.add_subcommand(
    "exec", "Run a command with a JWT in its environment (LRJWT_TOKEN); the JWT is never printed");
  exec->require_subcommand(1);
  std::vector<Command> commands;
  add_exec_variant(*exec, "login", "Obtain the JWT as `lrjwt login` does, then run the command", true, commands);
  add_exec_variant(*exec, "token", "Obtain the JWT as `lrjwt token` does, then run the command", false, commands);
  return commands;
}

} // namespace lrjwt::cli

#include "lrjwt/cli/command.hpp"
#include "lrjwt/cli/completion_scripts.hpp"

#include <CLI/CLI.hpp>

#include <string>

namespace lrjwt::cli {

Command setup_completion(CLI::App& parent)
{
  CLI::App* sub = parent.add_subcommand("completion", "Print the completion script for bash, zsh or fish");
  sub->require_subcommand(1);
  sub->footer("Load it for this session with, e.g., source <(lrjwt completion bash);\n"
              "packages install the same scripts where each shell finds them. See lrjwt(1).");
  for (const char* shell : {"bash", "zsh", "fish"}) {
    sub->add_subcommand(shell, std::string("Print the ") + shell + " completion script");
  }
  return Command{sub, [sub]() -> Result<std::string> {
                   const auto chosen = sub->get_subcommands();
                   if (chosen.empty()) {
                     return fail(ExitCode::usage, "completion needs a shell: bash, zsh or fish");
                   }
                   return std::string(completion_script(chosen.front()->get_name()));
                 }};
}

} // namespace lrjwt::cli

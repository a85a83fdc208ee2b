#pragma once

#include "lrjwt/util/error.hpp"

#include <functional>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace lrjwt::cli {

// A registered subcommand: its CLI11 node and what to run when it was chosen.
// `run` returns the exact stdout text, or the error to report; `run_status`
// (used instead when set) returns the process exit status itself.
struct Command {
  CLI::App* app = nullptr;
  std::function<Result<std::string>()> run = {};
  std::function<Result<int>()> run_status = {};
};

Command setup_login(CLI::App& parent);
Command setup_token(CLI::App& parent);
Command setup_decode(CLI::App& parent);
Command setup_verify(CLI::App& parent);
std::vector<Command> setup_exec(CLI::App& parent);
std::vector<Command> setup_cache(CLI::App& parent);
Command setup_completion(CLI::App& parent);

} // namespace lrjwt::cli

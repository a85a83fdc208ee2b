#pragma once

#include "lrjwt/util/error.hpp"

#include <functional>
#include <string>

namespace CLI {
class App;
}

namespace lrjwt::cli {

// A registered subcommand: its CLI11 node and what to run when it was chosen.
// `run` returns the exact stdout text, or the error to report.
struct Command {
  CLI::App* app = nullptr;
  std::function<Result<std::string>()> run;
};

Command setup_login(CLI::App& parent);
Command setup_token(CLI::App& parent);
Command setup_decode(CLI::App& parent);

} // namespace lrjwt::cli

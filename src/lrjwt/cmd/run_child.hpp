#pragma once

#include "lrjwt/util/error.hpp"

#include <string>
#include <vector>

namespace lrjwt::cmd {

// Runs argv[0] (searched in PATH) with `env_name`=`token` added to its
// environment and LRJWT_PASSWORD removed; returns its exit status, or 128+N
// when a signal N ended it. SIGTERM and SIGHUP are passed on to it. A command
// that cannot be run gives 127 (not found) or 126 (not executable).
Result<int> run_with_token(const std::vector<std::string>& argv, const std::string& env_name,
                           const std::string& token);

} // namespace lrjwt::cmd

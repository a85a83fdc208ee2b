#pragma once

#include <string_view>

namespace lrjwt::cli {

// The completion script for `shell` ("bash", "zsh" or "fish") exactly as in
// completions/, embedded at build time (cmake/Completions.cmake); empty for
// any other shell.
std::string_view completion_script(std::string_view shell);

} // namespace lrjwt::cli

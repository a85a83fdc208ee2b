#pragma once

#include <string>
#include <string_view>

namespace lrjwt::diag {

// Diagnostics on stderr: "lrjwt: error: ..." and "lrjwt: warning: ...".
void error(std::string_view message);
void warning(std::string_view message);
// A plain stderr line (used by the -v trace and retry notices).
void line(std::string_view text);

// `message` with each control character (below 0x20, 0x7F, and U+0080..U+009F
// in UTF-8) written as \xNN:
// what error, warning and line print, so that each stays one line.
std::string one_line(std::string_view message);

// -q silences warnings (errors always print).
void set_quiet(bool quiet);
bool quiet();

} // namespace lrjwt::diag

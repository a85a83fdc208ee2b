#include "lrjwt/util/diag.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <string>

namespace lrjwt::diag {
namespace {
bool g_quiet = false;
} // namespace

// The last guard of the one-line diagnostic and of the -v trace: a control
// character that reached a message (a server's header or answer, a key file, a
// token) is written as \xNN, never raw to the terminal.
std::string one_line(std::string_view message)
{
  std::string out;
  out.reserve(message.size());
  for (const char c : message) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7F) {
      out += fmt::format("\\x{:02x}", u);
    } else {
      out += c;
    }
  }
  return out;
}

void error(std::string_view message)
{
  fmt::print(stderr, "lrjwt: error: {}\n", one_line(message));
  std::fflush(stderr);
}

void warning(std::string_view message)
{
  if (!g_quiet) {
    fmt::print(stderr, "lrjwt: warning: {}\n", one_line(message));
    std::fflush(stderr);
  }
}

void line(std::string_view text)
{
  fmt::print(stderr, "{}\n", one_line(text));
}

void set_quiet(bool quiet)
{
  g_quiet = quiet;
}

bool quiet()
{
  return g_quiet;
}

} // namespace lrjwt::diag

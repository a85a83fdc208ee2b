#include "lrjwt/util/diag.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <string>

namespace lrjwt::diag {
namespace {
bool g_quiet = false;
} // namespace

// The last guard of the one-line diagnostic and of the -v trace: a control
// character (C0, DEL, or a C1 in UTF-8) that reached a message (a server's
// header or answer, a key file, a token) is written as \xNN, never raw to the
// terminal.
std::string one_line(std::string_view message)
{
  std::string out;
  out.reserve(message.size());
  for (std::size_t i = 0; i < message.size(); ++i) {
    const auto u = static_cast<unsigned char>(message[i]);
    const auto next = i + 1 < message.size() ? static_cast<unsigned char>(message[i + 1]) : 0;
    if (u < 0x20 || u == 0x7F) {
      out += fmt::format("\\x{:02x}", u);
    } else if (u == 0xC2 && next >= 0x80 && next <= 0x9F) {
      // U+0080..U+009F, the C1 controls: U+009B is CSI, an escape sequence's start.
      out += fmt::format("\\x{:02x}\\x{:02x}", u, next);
      ++i;
    } else {
      out += message[i];
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

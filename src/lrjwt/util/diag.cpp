#include "lrjwt/util/diag.hpp"

#include <fmt/format.h>

#include <cstdio>

namespace lrjwt::diag {
namespace {
bool g_quiet = false;
}

void error(std::string_view message)
{
  fmt::print(stderr, "lrjwt: error: {}\n", message);
  std::fflush(stderr);
}

void warning(std::string_view message)
{
  if (!g_quiet) {
    fmt::print(stderr, "lrjwt: warning: {}\n", message);
    std::fflush(stderr);
  }
}

void line(std::string_view text)
{
  fmt::print(stderr, "{}\n", text);
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

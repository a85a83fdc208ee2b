#pragma once

#include <stdexcept>
#include <string>

// An invariant of a fuzz target; a throw is what both libFuzzer (an uncaught
// exception aborts) and doctest (a failed test) report with the input.
#define FUZZ_CHECK(condition)                                                                              \
  do {                                                                                                     \
    if (!(condition)) {                                                                                    \
      throw std::logic_error(std::string(__FILE__ ":") + std::to_string(__LINE__) + ": " #condition);     \
    }                                                                                                      \
  } while (false)

#pragma once

#include <string_view>

// The fuzz entry points: each feeds one input to a parser and checks what
// must hold for every input (FUZZ_CHECK throws; libFuzzer reports the throw
// as a crash, doctest as a failure). libfuzzer_main.cpp wraps one of them per
// fuzz program; the unit tests replay tests/fuzz/{regressions,corpus}/<name>/
// through all of them (tests/unit/fuzz_regressions.cpp).
namespace lrjwt::fuzz {

void compact(std::string_view data);
void decode(std::string_view data);
void response(std::string_view data);
void api_error(std::string_view data);
void query(std::string_view data);
void profile(std::string_view data);
void jwk(std::string_view data);

struct Target {
  std::string_view name; // the folder name under corpus/ and regressions/
  void (*entry)(std::string_view);
};

inline constexpr Target k_targets[] = {
  {"compact", compact}, {"decode", decode},   {"response", response},
  {"api_error", api_error}, {"query", query}, {"profile", profile}, {"jwk", jwk},
};

} // namespace lrjwt::fuzz

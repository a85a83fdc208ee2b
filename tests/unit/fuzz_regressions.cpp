#include "../fuzz/entries.hpp"

#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace fs = std::filesystem;

namespace {

// Plain stdio: g++ 12 -O2 reports a false -Wnull-dereference inside istreambuf_iterator.
std::string read_bytes(const fs::path& file)
{
  std::string out;
  std::FILE* f = std::fopen(file.c_str(), "rb");
  REQUIRE(f != nullptr);
  char buf[4096];
  std::size_t n = 0;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
    out.append(buf, n);
  }
  std::fclose(f);
  return out;
}

// Feeds every file of tests/fuzz/<kind>/<target>/ to the target's entry point;
// returns how many there were.
int replay(std::string_view kind, const lrjwt::fuzz::Target& target)
{
  const fs::path dir = fs::path(LRJWT_FUZZ_DIR) / kind / target.name;
  int count = 0;
  if (!fs::is_directory(dir)) {
    return count;
  }
  for (const auto& item : fs::directory_iterator(dir)) {
    if (!item.is_regular_file() || item.path().filename().string().starts_with(".")) {
      continue;
    }
    INFO("input: ", item.path().string());
    CHECK_NOTHROW(target.entry(read_bytes(item.path())));
    ++count;
  }
  return count;
}

} // namespace

// Inputs the fuzzers once crashed on (tests/fuzz/regressions), and their seeds.
TEST_CASE("fuzz::regressions")
{
  for (const auto& target : lrjwt::fuzz::k_targets) {
    INFO("target: ", std::string(target.name));
    replay("regressions", target);
    CHECK(replay("corpus", target) > 0);
  }
}

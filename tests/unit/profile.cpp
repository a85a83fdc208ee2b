#include "lrjwt/config/profile.hpp"

#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <unistd.h>

using namespace lrjwt;

namespace {
// Writes `text` to a temporary file and loads profile `name` from it.
Result<config::Profile> load(const std::string& text, const char* name)
{
  char path[] = "/tmp/lrjwt-profile-XXXXXX";
  const int fd = mkstemp(path);
  REQUIRE(fd >= 0);
  close(fd);
  std::ofstream(path) << text;
  auto result = config::load_profile(path, name);
  std::remove(path);
  return result;
}
} // namespace

TEST_CASE("config::load_profile")
{
  SUBCASE("values of every kind")
  {
    auto p = load("# c\n[a]\napikey = \"k\\\"q\" # trailing\njwtapp='lit\\eral'\ntimeout = 1_000\ncache = true\n"
                  "[b]\napikey = \"other\"\n",
                  "a");
    REQUIRE(p.has_value());
    REQUIRE(p->settings.size() == 4);
    CHECK(p->settings[0].key == "apikey");
    CHECK(p->settings[0].value == "k\"q");
    CHECK(p->settings[1].value == "lit\\eral");
    CHECK(p->settings[2].value == "1000");
    CHECK(p->settings[3].value == "true");
    CHECK(p->settings[3].line == 6);
  }
  SUBCASE("dashes in keys mean underscores")
  {
    auto p = load("[a]\nbase-url = \"https://x\"\n", "a");
    REQUIRE(p.has_value());
    CHECK(p->settings[0].key == "base_url");
  }
  SUBCASE("quoted section names")
  {
    auto p = load("[\"my prod\"]\nregion = \"eu\"\n", "my prod");
    REQUIRE(p.has_value());
    CHECK(p->settings.size() == 1);
  }
  SUBCASE("errors name the line")
  {
    auto check = [](const char* text, const char* fragment) {
      auto p = load(text, "a");
      REQUIRE_FALSE(p.has_value());
      CHECK(p.error().code == ExitCode::usage);
      CHECK(p.error().message.find(fragment) != std::string::npos);
    };
    check("[a]\npassword = \"x\"\n", ":2: 'password' is a secret");
    check("[a]\n\nnope = 1\n", ":3: unknown key 'nope'");
    check("[a]\napikey\n", ":2: expected key = value");
    check("[a]\napikey = \"x\" y\n", ":2: unexpected text after the value");
    check("[a\n", ":1: a section header");
    check("[b]\n", "profile 'a' not found");
  }
}

TEST_CASE("config::section_names")
{
  CHECK(config::section_names("[a]\nx=1\n [b] \n#[c]\n") == std::vector<std::string>{"a", "b"});
}

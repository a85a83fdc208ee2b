#include "lrjwt/io/input.hpp"

#include <doctest/doctest.h>

using namespace lrjwt;
using namespace lrjwt::io;

TEST_CASE("io::strip_one_newline")
{
  CHECK(strip_one_newline("pw\n") == "pw");
  CHECK(strip_one_newline("pw\r\n") == "pw");
  CHECK(strip_one_newline("pw\n\n") == "pw\n");
  CHECK(strip_one_newline(" pw ") == " pw ");
  CHECK(strip_one_newline("") == "");
}

TEST_CASE("io::trim")
{
  CHECK(trim("  key \r\n") == "key");
  CHECK(trim("\t") == "");
  CHECK(trim("a b") == "a b");
}

TEST_CASE("io::refuse_control_chars")
{
  CHECK(refuse_control_chars("plain é", "--x").has_value());
  auto r = refuse_control_chars("se\x1b" "cret", "--apikey");
  REQUIRE_FALSE(r.has_value());
  CHECK(r.error().code == ExitCode::usage);
  CHECK(r.error().message == "--apikey contains a control character (byte 2 is 0x1B); refusing it");
  CHECK_FALSE(refuse_control_chars("a\tb", "--x").has_value());
  CHECK_FALSE(refuse_control_chars("a\x7f", "--x").has_value());
}

TEST_CASE("io::invalid_utf8_offset")
{
  CHECK_FALSE(invalid_utf8_offset("ascii é 测试 😀").has_value());
  CHECK(invalid_utf8_offset("ab\xff") == 2);
  CHECK(invalid_utf8_offset("\xc3") == 0);
  CHECK(invalid_utf8_offset("a\xc0\x80") == 1);
  CHECK(invalid_utf8_offset("\xed\xa0\x80") == 0);
  CHECK(invalid_utf8_offset("\xf4\x90\x80\x80") == 0);
}

TEST_CASE("io::read_file_or_stdin")
{
  auto r = read_file_or_stdin("/nonexistent/file", "--password-file");
  REQUIRE_FALSE(r.has_value());
  CHECK(r.error().code == ExitCode::usage);
  CHECK(r.error().message.starts_with("--password-file: cannot open '/nonexistent/file'"));
}

#include "lrjwt/jwt/utf8.hpp"

#include <doctest/doctest.h>

using lrjwt::jwt::find_invalid_utf8;

TEST_CASE("jwt::find_invalid_utf8")
{
  SUBCASE("valid text")
  {
    CHECK_FALSE(find_invalid_utf8("").has_value());
    CHECK_FALSE(find_invalid_utf8("plain ascii").has_value());
    CHECK_FALSE(find_invalid_utf8("Zo\xc3\xab \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x94\x91").has_value());
    CHECK_FALSE(find_invalid_utf8("\xf4\x8f\xbf\xbf").has_value()); // U+10FFFF
    CHECK_FALSE(find_invalid_utf8("\xee\x80\x80").has_value());     // U+E000
  }
  SUBCASE("offsets of invalid bytes")
  {
    CHECK(find_invalid_utf8("ab\xff") == 2);
    CHECK(find_invalid_utf8("\x80") == 0);                 // lone continuation byte
    CHECK(find_invalid_utf8("a\xc0\xaf") == 1);            // overlong '/'
    CHECK(find_invalid_utf8("a\xc1\xbf") == 1);            // overlong
    CHECK(find_invalid_utf8("\xe0\x80\xaf") == 0);         // overlong three-byte
    CHECK(find_invalid_utf8("\xf0\x80\x80\xaf") == 0);     // overlong four-byte
    CHECK(find_invalid_utf8("xy\xed\xa0\x80") == 2);       // surrogate U+D800
    CHECK(find_invalid_utf8("\xf4\x90\x80\x80") == 0);     // above U+10FFFF
    CHECK(find_invalid_utf8("\xf5\x80\x80\x80") == 0);
    CHECK(find_invalid_utf8("ok\xe6\x97") == 2);           // truncated at the end
    CHECK(find_invalid_utf8("\xc3\xab\xc3(") == 2);        // bad continuation
  }
}

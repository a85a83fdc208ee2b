#include "lrjwt/util/diag.hpp"

#include <doctest/doctest.h>

#include <string>

using lrjwt::diag::one_line;

TEST_CASE("diag::one_line")
{
  SUBCASE("printable text, UTF-8 included, is kept as it is")
  {
    CHECK(one_line("unknown kid \"é\" (HS256)") == "unknown kid \"é\" (HS256)");
    CHECK(one_line("").empty());
  }
  SUBCASE("control characters are written as \\xNN")
  {
    // A response header with an escape sequence, as a -v trace line would carry it.
    CHECK(one_line("< X-Evil: \x1b[2Jcleared") == "< X-Evil: \\x1b[2Jcleared");
    CHECK(one_line("two\nlines\r\tand\x7f") == "two\\x0alines\\x0d\\x09and\\x7f");
    CHECK(one_line(std::string("nul\0byte", 8)) == "nul\\x00byte");
    // U+009B (CSI) from a JWKS kid, in UTF-8; U+00A0 and after are text.
    CHECK(one_line("kid \"x\xc2\x9b" "31mRED\"") == "kid \"x\\xc2\\x9b31mRED\"");
    CHECK(one_line("\xc2\xa0\xc3\xa9") == "\xc2\xa0\xc3\xa9");
  }
}

#include "lrjwt/jwt/base64url.hpp"

#include <doctest/doctest.h>

using lrjwt::jwt::base64url_decode;
using lrjwt::jwt::base64url_encode;
using lrjwt::jwt::Base64Quirks;

TEST_CASE("jwt::base64url_encode")
{
  CHECK(base64url_encode("") == "");
  CHECK(base64url_encode("f") == "Zg");
  CHECK(base64url_encode("fo") == "Zm8");
  CHECK(base64url_encode("foo") == "Zm9v");
  CHECK(base64url_encode("foob") == "Zm9vYg");
  CHECK(base64url_encode(std::string("\xfb\xff\xbf", 3)) == "-_-_");
}

TEST_CASE("jwt::base64url_decode")
{
  SUBCASE("canonical")
  {
    Base64Quirks q;
    CHECK(base64url_decode("Zm9vYg", &q) == "foob");
    CHECK_FALSE(q.padding);
    CHECK_FALSE(q.standard_alphabet);
    CHECK_FALSE(q.stray_bits);
    CHECK(base64url_decode("-_-_") == std::string("\xfb\xff\xbf", 3));
  }
  SUBCASE("padding is reported")
  {
    Base64Quirks q;
    CHECK(base64url_decode("Zm9vYg==", &q) == "foob");
    CHECK(q.padding);
  }
  SUBCASE("standard alphabet is reported")
  {
    Base64Quirks q;
    CHECK(base64url_decode("+/+/", &q) == std::string("\xfb\xff\xbf", 3));
    CHECK(q.standard_alphabet);
  }
  SUBCASE("stray low bits are reported")
  {
    Base64Quirks q;
    CHECK(base64url_decode("Zh", &q) == "f");
    CHECK(q.stray_bits);
  }
  SUBCASE("invalid")
  {
    CHECK_FALSE(base64url_decode("Z").has_value());
    CHECK_FALSE(base64url_decode("Zm9v!").has_value());
    CHECK_FALSE(base64url_decode("Zm 9v").has_value());
    CHECK_FALSE(base64url_decode("Zg=").has_value());
  }
}

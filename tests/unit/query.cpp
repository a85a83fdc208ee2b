#include "lrjwt/api/query.hpp"

#include <doctest/doctest.h>

using namespace lrjwt::api;

TEST_CASE("api::percent_encode")
{
  SUBCASE("unreserved characters pass through")
  {
    CHECK(percent_encode("AZaz09-._~") == "AZaz09-._~");
  }
  SUBCASE("reserved characters are encoded")
  {
    CHECK(percent_encode("+") == "%2B");
    CHECK(percent_encode("&") == "%26");
    CHECK(percent_encode("=") == "%3D");
    CHECK(percent_encode("#") == "%23");
    CHECK(percent_encode("?") == "%3F");
    CHECK(percent_encode("/") == "%2F");
    CHECK(percent_encode(" ") == "%20");
    CHECK(percent_encode("%") == "%25");
  }
  SUBCASE("non-ASCII is encoded as UTF-8 bytes")
  {
    CHECK(percent_encode("é") == "%C3%A9");
    CHECK(percent_encode("测试") == "%E6%B5%8B%E8%AF%95");
  }
  SUBCASE("a mixed value with a trailing '='")
  {
    CHECK(percent_encode("a+b&c=d#e?f/g h é 测试 ab==") ==
          "a%2Bb%26c%3Dd%23e%3Ff%2Fg%20h%20%C3%A9%20%E6%B5%8B%E8%AF%95%20ab%3D%3D");
  }
  SUBCASE("control bytes")
  {
    CHECK(percent_encode(std::string("\x00\x7f\xff", 3)) == "%00%7F%FF");
  }
}

TEST_CASE("api::percent_decode")
{
  CHECK(percent_decode("a%2Bb%20c") == "a+b c");
  CHECK(percent_decode("a+b") == "a+b");
  CHECK(percent_decode("%E6%B5%8B") == "测");
  CHECK(percent_decode("100%") == "100%");
  CHECK(percent_decode("%zz") == "%zz");
  CHECK(percent_decode("%4") == "%4");
  const std::string odd = "+ & = # ? / é 测试=";
  CHECK(percent_decode(percent_encode(odd)) == odd);
}

TEST_CASE("api::build_query")
{
  CHECK(build_query({}) == "");
  CHECK(build_query({{"apikey", "k"}, {"jwtapp", "my app"}}) == "apikey=k&jwtapp=my%20app");
  CHECK(build_query({{"a", ""}, {"b", "x=y"}}) == "a=&b=x%3Dy");
}

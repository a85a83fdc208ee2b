#include "lrjwt/net/timeout.hpp"

#include <doctest/doctest.h>

using namespace lrjwt::net;

TEST_CASE("net::seconds_text")
{
  CHECK(seconds_text(10'000) == "10s");
  CHECK(seconds_text(1'500) == "1.5s");
  CHECK(seconds_text(250) == "0.25s");
}

TEST_CASE("net::describe_timeout")
{
  TransportOptions defaults;
  SUBCASE("the defaults are 10 s to connect and 30 s in all")
  {
    CHECK(defaults.connect_timeout_ms == 10'000);
    CHECK(defaults.total_timeout_ms == 30'000);
    CHECK(describe_limits(defaults)
          == "connect timeout 10s (--connect-timeout), total timeout 30s (--timeout), body limit 1048576 bytes");
  }
  SUBCASE("no connection within the smaller connect limit")
  {
    auto v = describe_timeout("api.example:443", false, defaults);
    CHECK(v.before_connect);
    CHECK(v.message == "connecting to api.example:443 timed out after 10s (--connect-timeout)");
  }
  SUBCASE("no connection, but --timeout is the smaller limit")
  {
    TransportOptions o;
    o.total_timeout_ms = 1'000;
    auto v = describe_timeout("api.example:443", false, o);
    CHECK(v.before_connect);
    CHECK(v.message == "connecting to api.example:443 timed out after 1s (--timeout)");
  }
  SUBCASE("connected, then the answer took too long")
  {
    TransportOptions o;
    o.total_timeout_ms = 2'500;
    auto v = describe_timeout("api.example:443", true, o);
    CHECK_FALSE(v.before_connect);
    CHECK(v.message == "request to api.example:443 timed out after 2.5s (--timeout)");
  }
}

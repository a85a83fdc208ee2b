#include "lrjwt/cmd/retry.hpp"

#include <doctest/doctest.h>

#include <ctime>

using namespace lrjwt;
using namespace lrjwt::cmd;

namespace {
net::Response status(long code, net::Headers headers = {})
{
  net::Response r;
  r.status = code;
  r.headers = std::move(headers);
  return r;
}
} // namespace

TEST_CASE("cmd::RetryPolicy::after_response")
{
  RetryPolicy token(CallKind::token, 2);
  RetryPolicy login(CallKind::login, 2);
  token.set_jitter([] { return 1.0; });
  login.set_jitter([] { return 1.0; });

  SUBCASE("token retries 429 and 502/503/504")
  {
    for (long code : {429L, 502L, 503L, 504L}) {
      CHECK(token.after_response(status(code), 1).retry);
    }
    CHECK_FALSE(token.after_response(status(500), 1).retry);
    CHECK_FALSE(token.after_response(status(200), 1).retry);
    CHECK_FALSE(token.after_response(status(403), 1).retry);
  }
  SUBCASE("login retries only 429")
  {
    CHECK(login.after_response(status(429), 1).retry);
    CHECK_FALSE(login.after_response(status(503), 1).retry);
    CHECK_FALSE(login.after_response(status(502), 1).retry);
  }
  SUBCASE("attempts are bounded")
  {
    CHECK(token.after_response(status(503), 2).retry);
    CHECK_FALSE(token.after_response(status(503), 3).retry);
    RetryPolicy none(CallKind::token, 0);
    CHECK_FALSE(none.after_response(status(503), 1).retry);
  }
  SUBCASE("Retry-After seconds is honoured")
  {
    auto d = token.after_response(status(429, {{"Retry-After", "2"}}), 1);
    CHECK(d.retry);
    CHECK(d.wait_seconds == doctest::Approx(2.0));
  }
  SUBCASE("Retry-After as an HTTP date is honoured")
  {
    char date[64];
    const std::time_t soon = std::time(nullptr) + 5;
    std::tm tm{};
    gmtime_r(&soon, &tm);
    std::strftime(date, sizeof date, "%a, %d %b %Y %H:%M:%S GMT", &tm);
    auto d = token.after_response(status(503, {{"Retry-After", date}}), 1);
    CHECK(d.retry);
    CHECK(d.wait_seconds >= 3.0);
    CHECK(d.wait_seconds <= 5.0);
    auto past = login.after_response(status(429, {{"Retry-After", "Sun, 06 Nov 1994 08:49:37 GMT"}}), 1);
    CHECK(past.retry);
    CHECK(past.wait_seconds == doctest::Approx(0.0));
    const std::time_t far = std::time(nullptr) + 3600;
    gmtime_r(&far, &tm);
    std::strftime(date, sizeof date, "%a, %d %b %Y %H:%M:%S GMT", &tm);
    CHECK_FALSE(token.after_response(status(429, {{"Retry-After", date}}), 1).retry);
  }
  SUBCASE("an unreadable Retry-After falls back to the backoff")
  {
    auto d = token.after_response(status(429, {{"Retry-After", "tomorrow"}}), 1);
    CHECK(d.retry);
    CHECK(d.wait_seconds == doctest::Approx(0.5));
  }
  SUBCASE("Retry-After beyond the cap gives up")
  {
    CHECK_FALSE(token.after_response(status(429, {{"retry-after", "3600"}}), 1).retry);
  }
}

TEST_CASE("cmd::RetryPolicy::after_failure")
{
  RetryPolicy token(CallKind::token, 2);
  RetryPolicy login(CallKind::login, 2);
  CHECK(token.after_failure(net::FailureKind::not_connected, 1).retry);
  CHECK(token.after_failure(net::FailureKind::timeout, 1).retry);
  CHECK(token.after_failure(net::FailureKind::after_send, 1).retry);
  CHECK_FALSE(token.after_failure(net::FailureKind::other, 1).retry);
  CHECK(login.after_failure(net::FailureKind::not_connected, 1).retry);
  CHECK_FALSE(login.after_failure(net::FailureKind::timeout, 1).retry);
  CHECK_FALSE(login.after_failure(net::FailureKind::after_send, 1).retry);
}

TEST_CASE("cmd::RetryPolicy::backoff")
{
  RetryPolicy p(CallKind::token, 5);
  p.set_jitter([] { return 1.0; });
  CHECK(p.backoff(1) == doctest::Approx(0.5));
  CHECK(p.backoff(2) == doctest::Approx(1.0));
  CHECK(p.backoff(3) == doctest::Approx(2.0));
  CHECK(p.backoff(10) == doctest::Approx(8.0));
  p.set_jitter([] { return 0.0; });
  CHECK(p.backoff(2) == doctest::Approx(0.5));
}

TEST_CASE("cmd::RetryPolicy::parse_retry_after")
{
  CHECK(RetryPolicy::parse_retry_after("5", 0) == doctest::Approx(5));
  CHECK(RetryPolicy::parse_retry_after(" 0 ", 0) == doctest::Approx(0));
  CHECK(RetryPolicy::parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", 784111770) == doctest::Approx(7));
  CHECK(RetryPolicy::parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", 784111790) == doctest::Approx(0));
  CHECK(RetryPolicy::parse_retry_after("soon", 0) < 0);
  CHECK(RetryPolicy::parse_retry_after("", 0) < 0);
  CHECK(RetryPolicy::parse_retry_after("99999999999999", 0) > 1e6);
}

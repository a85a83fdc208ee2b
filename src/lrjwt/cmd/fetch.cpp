#include "lrjwt/cmd/fetch.hpp"

#include "lrjwt/api/response.hpp"
#include "lrjwt/cmd/retry.hpp"
#include "lrjwt/jwt/compact.hpp"
#include "lrjwt/net/curl_transport.hpp"
#include "lrjwt/net/timeout.hpp"
#include "lrjwt/out/decoded.hpp"
#include "lrjwt/util/diag.hpp"
#include "lrjwt/util/redact.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <ctime>
#include <thread>

namespace lrjwt::cmd {
namespace {

std::int64_t now_epoch()
{
  return static_cast<std::int64_t>(std::time(nullptr));
}

} // namespace

std::string describe_attempt_limits(const FetchSettings& settings)
{
  const int attempts = std::max(0, settings.retries) + 1;
  return fmt::format("{}; up to {} attempt{}", net::describe_limits(settings.transport), attempts,
                     attempts == 1 ? "" : "s");
}

std::string describe_request(const net::Request& request)
{
  std::string out = fmt::format("{} {}\n", request.method, util::redact_url(request.url));
  for (const auto& [name, value] : request.headers) {
    out += fmt::format("{}: {}\n", name, value);
  }
  if (!request.body.empty()) {
    // Not "\n" + std::string&&: g++ 12 at -O3 reports a false -Wrestrict there.
    out += '\n';
    out += util::redact_body(request.body);
    out += '\n';
  }
  return out;
}

namespace {

void trace_request(const net::Request& request, int attempt, int attempts)
{
  diag::line(fmt::format("* attempt {} of {}", attempt, attempts));
  diag::line(fmt::format("> {} {}", request.method, util::redact_url(request.url)));
  for (const auto& [name, value] : request.headers) {
    diag::line(fmt::format("> {}: {}", name, util::redact_header(name, value)));
  }
  if (!request.body.empty()) {
    diag::line(fmt::format("> {}", util::redact_body(request.body)));
  }
}

void trace_response(const net::Response& response)
{
  const auto& t = response.timings;
  diag::line(fmt::format("< HTTP {}", response.status));
  for (const auto& [name, value] : response.headers) {
    diag::line(fmt::format("< {}: {}", name, util::redact_header(name, value)));
  }
  diag::line(fmt::format("< {}", api::excerpt(util::redact_response_body(response.body), 2000)));
  diag::line(fmt::format("* timings: dns {:.3f}s, connect {:.3f}s, tls {:.3f}s, first byte {:.3f}s, total {:.3f}s",
                         t.dns, t.connect, t.tls, t.first_byte, t.total));
}

// Why a response is retried, for the notice on stderr.
std::string retry_reason(const net::Response& response)
{
  constexpr std::string_view k_retry_after = "retry-after";
  for (const auto& [name, value] : response.headers) {
    const bool is_retry_after = std::equal(name.begin(), name.end(), k_retry_after.begin(), k_retry_after.end(),
                                           [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
    if (response.status == 429 && is_retry_after) {
      return fmt::format("HTTP 429 (rate limited, Retry-After: {})", api::excerpt(value, 40));
    }
  }
  return response.status == 429 ? std::string("HTTP 429 (rate limited)") : fmt::format("HTTP {}", response.status);
}

// The error of the last attempt, saying how many attempts were made and why a
// login that may have reached the server was not sent again.
Error final_error(Error error, CallKind kind, net::FailureKind failure, int attempts, int retries)
{
  if (kind == CallKind::login && retries > 0 && (failure == net::FailureKind::timeout || failure == net::FailureKind::after_send)) {
    error.message += " (a login is not retried once the server may have received it)";
  } else if (attempts > 1) {
    error.message += fmt::format(" (after {} attempts)", attempts);
  }
  return error;
}

double seconds_since(std::chrono::steady_clock::time_point start)
{
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Escapes a value for a single-quoted POSIX shell word.
std::string shell_single_quote(std::string_view value)
{
  std::string out = "'";
  for (char c : value) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

} // namespace

std::string format_token(std::string_view jwt, const FetchSettings& settings)
{
  switch (settings.output) {
  case OutputMode::raw: return fmt::format("{}\n", jwt);
  case OutputMode::header: return fmt::format("Authorization: Bearer {}\n", jwt);
  case OutputMode::env: return fmt::format("export {}={}\n", settings.env_name, shell_single_quote(jwt));
  case OutputMode::json: return out::render_fetch_json(jwt, now_epoch()) + "\n";
  case OutputMode::decoded: {
    auto decoded = jwt::parse_compact(jwt, jwt::ParseMode::lenient);
    if (!decoded) {
      return fmt::format("{}\n", jwt);
    }
    return out::render_decoded_text(*decoded, now_epoch(), settings.color);
  }
  }
  return fmt::format("{}\n", jwt);
}

Result<std::string> fetch_jwt(CallKind kind, const net::Request& request, const FetchSettings& settings,
                              net::Transport* transport)
{
  std::unique_ptr<net::Transport> owned;
  if (!transport) {
    owned = net::make_curl_transport(settings.transport);
    transport = owned.get();
  }
  RetryPolicy policy(kind, settings.retries);
  const int attempts = std::max(0, settings.retries) + 1;
  if (settings.verbose) {
    diag::line("* " + describe_attempt_limits(settings));
  }
  for (int attempt = 1;; ++attempt) {
    if (settings.verbose) {
      trace_request(request, attempt, attempts);
    }
    const auto start = std::chrono::steady_clock::now();
    auto response = transport->send(request);
    if (settings.verbose) {
      if (response) {
        trace_response(*response);
      } else {
        diag::line(fmt::format("* attempt {} failed after {:.3f}s: {}", attempt, seconds_since(start),
                               response.error().message));
      }
    }
    const auto decision = response ? policy.after_response(*response, attempt)
                                   : policy.after_failure(transport->last_failure(), attempt);
    if (decision.retry) {
      const std::string why = response ? retry_reason(*response) : response.error().message;
      if (!settings.quiet) {
        diag::warning(fmt::format("{}; retrying in {:.1f}s (attempt {} of {})", why, decision.wait_seconds,
                                  attempt + 1, attempts));
      }
      if (settings.verbose) {
        diag::line(fmt::format("* waiting {:.3f}s before attempt {}", decision.wait_seconds, attempt + 1));
      }
      std::this_thread::sleep_for(std::chrono::duration<double>(decision.wait_seconds));
      continue;
    }
    if (!response) {
      return std::unexpected(final_error(response.error(), kind, transport->last_failure(), attempt, settings.retries));
    }
    auto jwt = api::classify_response(*response);
    if (!jwt) {
      return std::unexpected(final_error(jwt.error(), kind, net::FailureKind::none, attempt, settings.retries));
    }
    auto parsed = jwt::parse_compact(*jwt, jwt::ParseMode::lenient);
    if (!parsed) {
      return fail(ExitCode::bad_response,
                  fmt::format("LoginRadius answered with a \"signature\" that is not a JWT: {}", parsed.error().message));
    }
    return *jwt;
  }
}

} // namespace lrjwt::cmd

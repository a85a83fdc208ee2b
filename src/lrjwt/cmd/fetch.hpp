#pragma once

#include "lrjwt/net/transport.hpp"
#include "lrjwt/util/error.hpp"

#include <string>
#include <string_view>

namespace lrjwt::cmd {

enum class OutputMode { raw, json, header, env, decoded };

// How to send a request and print its JWT.
struct FetchSettings {
  net::TransportOptions transport;
  int retries = 2;
  OutputMode output = OutputMode::raw;
  std::string env_name = "LRJWT_TOKEN";
  bool color = false;
  bool verbose = false;
  bool quiet = false;
  bool dry_run = false;
};

// Which call this is; a login (POST) is only retried when it cannot have been processed.
enum class CallKind { login, token };

// Sends `request`, retrying as RetryPolicy allows, and returns the JWT of a
// successful answer. Diagnostics (retry notices, -v trace) go to stderr.
Result<std::string> fetch_jwt(CallKind kind, const net::Request& request, const FetchSettings& settings,
                              net::Transport* transport = nullptr);

// The --dry-run text: method, URL and body with the secrets masked.
std::string describe_request(const net::Request& request);

// "connect timeout 10s (--connect-timeout), total timeout 30s (--timeout), body
// limit 1048576 bytes; up to 3 attempts": the -v line before the first attempt.
std::string describe_attempt_limits(const FetchSettings& settings);

// The stdout text for a fetched JWT in the given output mode.
std::string format_token(std::string_view jwt, const FetchSettings& settings);

} // namespace lrjwt::cmd

#pragma once

#include <expected>
#include <string>
#include <utility>

namespace lrjwt {

// Process exit codes; the contract is design.md §6.
enum class ExitCode : int {
  ok = 0,
  api_error = 1,
  usage = 2,
  network = 3,
  bad_response = 4,
  malformed_token = 5,
  bad_signature = 6,
  expired = 7,
  claim_mismatch = 8,
  interrupted = 130,
  internal = 70,
};

// A failure the user can cause: what to exit with and a one-line message.
struct Error {
  ExitCode code = ExitCode::internal;
  std::string message;
};

template<typename T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(ExitCode code, std::string message)
{
  return std::unexpected<Error>(Error{code, std::move(message)});
}

} // namespace lrjwt

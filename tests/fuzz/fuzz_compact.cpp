#include "check.hpp"
#include "entries.hpp"

#include "lrjwt/jwt/compact.hpp"

namespace lrjwt::fuzz {
namespace {

void check_failure(const Error& error)
{
  FUZZ_CHECK(error.code == ExitCode::malformed_token);
  FUZZ_CHECK(!error.message.empty());
  FUZZ_CHECK(error.message.find('\n') == std::string::npos);
}

} // namespace

// parse_compact in both modes: failures are exit 5 with one line; whatever
// strict mode accepts, lenient mode reads the same way; a parsed token's
// signing input and signature are the text received.
void compact(std::string_view data)
{
  const auto lenient = jwt::parse_compact(data, jwt::ParseMode::lenient);
  const auto strict = jwt::parse_compact(data, jwt::ParseMode::strict);
  if (!lenient) {
    check_failure(lenient.error());
    FUZZ_CHECK(!strict);
  }
  if (!strict) {
    check_failure(strict.error());
    return;
  }
  FUZZ_CHECK(lenient);
  FUZZ_CHECK(lenient->header_json == strict->header_json);
  FUZZ_CHECK(lenient->payload_json == strict->payload_json);
  FUZZ_CHECK(lenient->signing_input == strict->signing_input);
  FUZZ_CHECK(lenient->signature == strict->signature);
  FUZZ_CHECK(lenient->alg == strict->alg);
  FUZZ_CHECK(!strict->signature.empty());
  const std::string jws = strict->signing_input + "." + strict->signature_b64;
  FUZZ_CHECK(data.find(jws) != std::string_view::npos);
}

} // namespace lrjwt::fuzz

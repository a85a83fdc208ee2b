#include "check.hpp"
#include "entries.hpp"

#include "lrjwt/api/response.hpp"

namespace lrjwt::fuzz {

// parse_api_error on any body: the text it keeps is one line, and an error
// body is classified as a LoginRadius error (exit 1) whatever the status.
void api_error(std::string_view data)
{
  const auto error = api::parse_api_error(data);
  if (!error) {
    return;
  }
  FUZZ_CHECK(error->message.find('\n') == std::string::npos);
  FUZZ_CHECK(error->description.find('\n') == std::string::npos);
  net::Response answer;
  answer.status = 400;
  answer.body = std::string(data);
  const auto classified = api::classify_response(answer);
  FUZZ_CHECK(!classified && classified.error().code == ExitCode::api_error);
}

} // namespace lrjwt::fuzz

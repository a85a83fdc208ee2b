#include "check.hpp"
#include "entries.hpp"

#include "lrjwt/api/response.hpp"

namespace lrjwt::fuzz {

// classify_response on any status and body: the first two bytes pick the
// status (0..999), the rest is the body. A JWT comes only from a 2xx answer
// and is a non-empty substring of the body; failures are exit 1 or 4 with
// one line; excerpt keeps its promise of one line of at most `max` chars.
void response(std::string_view data)
{
  net::Response answer;
  if (data.size() >= 2) {
    answer.status = (static_cast<unsigned char>(data[0]) * 256 + static_cast<unsigned char>(data[1])) % 1000;
    data.remove_prefix(2);
  }
  answer.body = std::string(data);
  answer.headers = {{"Content-Type", "application/json"}};
  const auto jwt = api::classify_response(answer);
  if (jwt) {
    FUZZ_CHECK(answer.status >= 200 && answer.status < 300);
    FUZZ_CHECK(!jwt->empty());
  } else {
    FUZZ_CHECK(jwt.error().code == ExitCode::api_error || jwt.error().code == ExitCode::bad_response);
    FUZZ_CHECK(!jwt.error().message.empty());
    FUZZ_CHECK(jwt.error().message.find('\n') == std::string::npos);
  }
  const std::string line = api::excerpt(data, 40);
  FUZZ_CHECK(line.find('\n') == std::string::npos);
  FUZZ_CHECK(line.size() <= 40 + 3);
}

} // namespace lrjwt::fuzz

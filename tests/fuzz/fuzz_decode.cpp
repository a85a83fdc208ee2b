#include "check.hpp"
#include "entries.hpp"

#include "lrjwt/jwt/utf8.hpp"
#include "lrjwt/out/decoded.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <limits>

namespace lrjwt::fuzz {
namespace {

// A realistic clock and the two extremes, where relative times could overflow.
constexpr std::int64_t k_nows[] = {1'750'000'000, std::numeric_limits<std::int64_t>::min(),
                                   std::numeric_limits<std::int64_t>::max()};

bool is_json_object(const std::string& text)
{
  const auto doc = nlohmann::json::parse(text, nullptr, false);
  return doc.is_object();
}

} // namespace

// What `lrjwt decode` and `-o json|decoded` print, for any token that parses
// and any clock: the text ends with a newline, the JSON forms are one valid
// JSON object (render_fetch_json's input comes from a JSON string, so it is
// only held to that when it is UTF-8).
void decode(std::string_view data)
{
  const bool utf8 = !jwt::find_invalid_utf8(data);
  for (const auto now : k_nows) {
    const std::string fetched = out::render_fetch_json(data, now);
    FUZZ_CHECK(!utf8 || is_json_object(fetched));
  }
  const auto token = jwt::parse_compact(data, jwt::ParseMode::lenient);
  if (!token) {
    return;
  }
  for (const auto now : k_nows) {
    const std::string text = out::render_decoded_text(*token, now, now == k_nows[0]);
    FUZZ_CHECK(text.starts_with("Header:\n") && text.ends_with("\n"));
    const std::string json = out::render_decoded_json(*token, now);
    FUZZ_CHECK(is_json_object(json));
  }
}

} // namespace lrjwt::fuzz

#include "check.hpp"
#include "entries.hpp"

#include "lrjwt/api/query.hpp"

namespace lrjwt::fuzz {
namespace {

bool is_encoded_char(char c)
{
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
         || c == '_' || c == '~' || c == '%';
}

} // namespace

// percent_encode then percent_decode gives the input back; the encoding has
// only unreserved characters and %XX; decoding never grows the text; a
// query of the input as name and value has exactly one '=' and no '&'.
void query(std::string_view data)
{
  const std::string encoded = api::percent_encode(data);
  for (char c : encoded) {
    FUZZ_CHECK(is_encoded_char(c));
  }
  FUZZ_CHECK(api::percent_decode(encoded) == data);
  FUZZ_CHECK(api::percent_decode(data).size() <= data.size());
  const std::string built = api::build_query({{std::string(data), std::string(data)}});
  FUZZ_CHECK(built == encoded + "=" + encoded);
}

} // namespace lrjwt::fuzz

#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace lrjwt::util {

// An instant as seconds since the Unix epoch, from integer epoch seconds
// ("1300819380", "-5") or RFC 3339 ("2011-03-22T18:43:00Z",
// "2011-03-22 18:43:00.5+01:00"; a fraction is dropped). nullopt for
// anything else, impossible dates, or years outside 0001..9999.
std::optional<std::int64_t> parse_instant(std::string_view text);

} // namespace lrjwt::util

#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace lrjwt::jwt {

// Offset of the first byte that is not part of well-formed UTF-8 (RFC 3629:
// no overlong forms, no surrogates, nothing above U+10FFFF, no truncated
// sequence), or nullopt when the whole text is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

} // namespace lrjwt::jwt

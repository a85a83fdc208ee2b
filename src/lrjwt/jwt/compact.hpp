#pragma once

#include "lrjwt/util/error.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace lrjwt::jwt {

// How forgiving parse_compact is: `decode` reads what it can and warns;
// `verify` accepts only canonical tokens.
enum class ParseMode {
  lenient,
  strict,
};

// A parsed compact JWS (RFC 7515 §7.1). The JSON stays text; read it with
// json_text.hpp and time_claim.hpp.
struct DecodedToken {
  std::string header_json;   // decoded header text, as received
  std::string payload_json;  // decoded payload text, as received
  std::string signing_input; // the exact "header_b64.payload_b64" bytes received
  std::string signature_b64; // third segment as received
  std::string signature;     // decoded signature bytes
  std::string alg;           // header "alg"
  // What was forgiven, one sentence each: "stripped a leading 'Bearer '",
  // "segment 2 (payload) uses '=' padding (not canonical base64url)".
  std::vector<std::string> warnings;
};

// Parses `text` (surrounding whitespace and a UTF-8 BOM ignored; a leading
// "Bearer " or "Authorization:" and surrounding quotes stripped with a
// warning). Fails with ExitCode::malformed_token and a message naming the
// segment at fault: wrong segment count (5 means an encrypted JWE), empty
// header or payload, bad base64url, invalid UTF-8 (with its offset), invalid
// JSON (with its position), a header or payload that is not an object, a
// missing or non-string "alg". Strict mode also refuses what lenient mode
// only warns about: non-canonical base64url, an empty signature, duplicate
// member names.
Result<DecodedToken> parse_compact(std::string_view text, ParseMode mode);

} // namespace lrjwt::jwt

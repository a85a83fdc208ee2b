#include "lrjwt/jwt/base64url.hpp"
#include "lrjwt/jwt/compact.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using lrjwt::ExitCode;
using lrjwt::jwt::base64url_encode;
using lrjwt::jwt::parse_compact;
using lrjwt::jwt::ParseMode;

namespace {

const std::string k_header = R"({"alg":"HS256","typ":"JWT"})";
const std::string k_payload = R"({"sub":"u-0001","exp":1764763800})";

std::string make_token(std::string_view header = k_header, std::string_view payload = k_payload,
                       std::string_view signature_b64 = "c2ln")
{
  return base64url_encode(header) + "." + base64url_encode(payload) + "." + std::string(signature_b64);
}

// The message of a failed parse; fails the test if parsing succeeded or the
// exit code is not 5.
std::string error_of(std::string_view text, ParseMode mode = ParseMode::lenient)
{
  const auto result = parse_compact(text, mode);
  REQUIRE_FALSE(result.has_value());
  CHECK(result.error().code == ExitCode::malformed_token);
  return result.error().message;
}

std::vector<std::string> warnings_of(std::string_view text)
{
  const auto result = parse_compact(text, ParseMode::lenient);
  REQUIRE(result.has_value());
  return result->warnings;
}

using Strings = std::vector<std::string>;

} // namespace

TEST_CASE("jwt::parse_compact")
{
  const std::string token = make_token();

  SUBCASE("canonical token in both modes")
  {
    for (const auto mode : {ParseMode::lenient, ParseMode::strict}) {
      const auto result = parse_compact(token, mode);
      REQUIRE(result.has_value());
      CHECK(result->header_json == k_header);
      CHECK(result->payload_json == k_payload);
      CHECK(result->signing_input == token.substr(0, token.rfind('.')));
      CHECK(result->signature_b64 == "c2ln");
      CHECK(result->signature == "sig");
      CHECK(result->alg == "HS256");
      CHECK(result->warnings.empty());
    }
  }
  SUBCASE("surrounding whitespace, CRLF and a BOM are ignored silently")
  {
    CHECK(warnings_of(" \t" + token + "\r\n").empty());
    CHECK(warnings_of("\xEF\xBB\xBF" + token + "\n").empty());
    const auto result = parse_compact("\r\n" + token + "\r\n", ParseMode::strict);
    REQUIRE(result.has_value());
    CHECK(result->signing_input == token.substr(0, token.rfind('.')));
  }
  SUBCASE("a leading Bearer in any case is stripped with a warning")
  {
    CHECK(warnings_of("Bearer " + token) == Strings{"stripped a leading 'Bearer '"});
    CHECK(warnings_of("bEaReR \t " + token + "\n") == Strings{"stripped a leading 'Bearer '"});
    const auto strict = parse_compact("BEARER " + token, ParseMode::strict);
    REQUIRE(strict.has_value());
    CHECK(strict->warnings == Strings{"stripped a leading 'Bearer '"});
    CHECK(error_of("Bearer") == "not a JWT: no '.' found; a JWS has 3 dot-separated segments "
                                "(header.payload.signature)");
  }
  SUBCASE("a pasted Authorization header is stripped with warnings")
  {
    CHECK(warnings_of("Authorization: Bearer " + token)
          == Strings{"stripped a leading 'Authorization:'", "stripped a leading 'Bearer '"});
  }
  SUBCASE("surrounding quotes are stripped with a warning")
  {
    CHECK(warnings_of("\"" + token + "\"") == Strings{"stripped surrounding double quotes"});
    CHECK(warnings_of("'" + token + "'\n") == Strings{"stripped surrounding single quotes"});
    CHECK(warnings_of("\"Bearer " + token + "\"")
          == Strings{"stripped surrounding double quotes", "stripped a leading 'Bearer '"});
    CHECK(warnings_of("Bearer '" + token + "'")
          == Strings{"stripped a leading 'Bearer '", "stripped surrounding single quotes"});
  }
  SUBCASE("empty input")
  {
    CHECK(error_of("") == "the token is empty");
    CHECK(error_of(" \r\n") == "the token is empty");
    CHECK(error_of("\"\"") == "the token is empty");
  }
  SUBCASE("segment counts other than three")
  {
    const std::string header = base64url_encode(k_header);
    const std::string payload = base64url_encode(k_payload);
    CHECK(error_of(header) == "not a JWT: no '.' found; a JWS has 3 dot-separated segments "
                              "(header.payload.signature)");
    CHECK(error_of(header + "." + payload)
          == "segment 3 (signature) is missing: found 2 dot-separated segments, a JWS has 3 "
             "(header.payload.signature)");
    CHECK(error_of(token + ".c2ln")
          == "segment 4 is one too many: found 4 dot-separated segments, a JWS has 3 "
             "(header.payload.signature)");
    // RFC 7516 appendix A.3 shape: header.key.iv.ciphertext.tag
    CHECK(error_of("eyJhbGciOiJBMTI4S1ciLCJlbmMiOiJBMTI4Q0JDLUhTMjU2In0.6KB707dM9YTIgHtLvtgWQ8mKwboJW3of9locizkDTHzBC2IlrT1oOQ.AxY8DCtDaGlsbGljb3RoZQ.KDlTtXchhZTGufMYmOYGS4HffxPSUrfmqCHXaI9wOGY.U0m_YmjN04DJvceFICbCVQ")
          == "this is an encrypted JWE (5 segments); it cannot be read without its key");
    CHECK(error_of("a.b.c.d.e.f")
          == "found 6 dot-separated segments, a JWS has 3 (header.payload.signature)");
  }
  SUBCASE("empty header or payload segments")
  {
    CHECK(error_of(".." ) == "segment 1 (header) is empty");
    CHECK(error_of("." + base64url_encode(k_payload) + ".c2ln") == "segment 1 (header) is empty");
    CHECK(error_of(base64url_encode(k_header) + "..c2ln")
          == "segment 2 (payload) is empty (a detached-payload JWS cannot be decoded alone)");
  }
  SUBCASE("empty signature: lenient warns, strict refuses")
  {
    const std::string unsigned_token = make_token(k_header, k_payload, "");
    const auto result = parse_compact(unsigned_token, ParseMode::lenient);
    REQUIRE(result.has_value());
    CHECK(result->signature.empty());
    CHECK(result->signature_b64.empty());
    CHECK(result->warnings == Strings{"unsigned token: segment 3 (signature) is empty"});
    CHECK(error_of(unsigned_token, ParseMode::strict)
          == "segment 3 (signature) is empty: the token is unsigned");
  }
  SUBCASE("'=' padding: lenient warns naming the segment, strict refuses")
  {
    // 13 bytes encode to 18 characters, padded with "==".
    const std::string payload = R"({"sub":"u-1"})";
    const std::string padded = base64url_encode(k_header) + "." + base64url_encode(payload) + "==.c2ln";
    const auto result = parse_compact(padded, ParseMode::lenient);
    REQUIRE(result.has_value());
    CHECK(result->payload_json == payload);
    CHECK(result->signing_input == padded.substr(0, padded.rfind('.')));
    CHECK(result->warnings
          == Strings{"segment 2 (payload) uses '=' padding (not canonical base64url)"});
    CHECK(error_of(padded, ParseMode::strict)
          == "segment 2 (payload) is not canonical base64url: it uses '=' padding");
  }
  SUBCASE("standard alphabet: lenient warns naming the segment, strict refuses")
  {
    // "+/8" is "-_8" (bytes fb ff) in the standard alphabet.
    const std::string standard = make_token(k_header, k_payload, "+/8");
    const auto result = parse_compact(standard, ParseMode::lenient);
    REQUIRE(result.has_value());
    CHECK(result->signature == "\xfb\xff");
    CHECK(result->signature_b64 == "+/8");
    CHECK(result->warnings
          == Strings{"segment 3 (signature) uses '+' or '/' from standard base64 (not canonical base64url)"});
    CHECK(error_of(standard, ParseMode::strict)
          == "segment 3 (signature) is not canonical base64url: it uses '+' or '/' from standard base64");
  }
  SUBCASE("stray low bits: lenient warns naming the segment, strict refuses")
  {
    // "Zh" decodes to "f" like "Zg" but leaves non-zero bits over.
    const std::string stray = make_token(k_header, k_payload, "Zh");
    const auto result = parse_compact(stray, ParseMode::lenient);
    REQUIRE(result.has_value());
    CHECK(result->signature == "f");
    CHECK(result->warnings
          == Strings{"segment 3 (signature) has non-zero unused bits in its last character (not canonical base64url)"});
    CHECK(error_of(stray, ParseMode::strict)
          == "segment 3 (signature) is not canonical base64url: it has non-zero unused bits in its last character");
  }
  SUBCASE("not base64url at all")
  {
    const std::string header = base64url_encode(k_header);
    const std::string payload = base64url_encode(k_payload);
    CHECK(error_of(header + "." + payload.substr(0, 5) + "!" + payload.substr(5) + ".c2ln")
          == "segment 2 (payload) is not valid base64url: unexpected '!' at offset 5");
    CHECK(error_of(header + "." + payload + ".c2 ln")
          == "segment 3 (signature) is not valid base64url: unexpected a space at offset 2");
    CHECK(error_of("Z." + payload + ".c2ln")
          == "segment 1 (header) is not valid base64url: 1 characters cannot be base64 (one too many or too few)");
    CHECK(error_of(header + "." + payload + ".c2=ln")
          == "segment 3 (signature) is not valid base64url: '=' inside the text at offset 2");
    CHECK(error_of(header + "." + payload + ".c2l\xc3\xa9")
          == "segment 3 (signature) is not valid base64url: unexpected byte 0xc3 at offset 3");
  }
  SUBCASE("header must be a JSON object with a string alg")
  {
    CHECK(error_of(make_token("[]")) == "segment 1 (header) is an array, not a JSON object");
    CHECK(error_of(make_token(R"("HS256")")) == "segment 1 (header) is a string, not a JSON object");
    CHECK(error_of(make_token(R"({"typ":"JWT"})")) == "segment 1 (header) has no \"alg\" member");
    CHECK(error_of(make_token(R"({"alg":256})")) == "segment 1 (header) \"alg\" is an integer, not a string");
    CHECK(error_of(make_token(R"({"alg":null})")) == "segment 1 (header) \"alg\" is null, not a string");
    CHECK(error_of(make_token(R"({"alg":["HS256"]})")) == "segment 1 (header) \"alg\" is an array, not a string");
    const auto none = parse_compact(make_token(R"({"alg":"none"})", k_payload, ""), ParseMode::lenient);
    REQUIRE(none.has_value());
    CHECK(none->alg == "none");
  }
  SUBCASE("payload must be a JSON object")
  {
    CHECK(error_of(make_token(k_header, "123")) == "segment 2 (payload) is an integer, not a JSON object");
    CHECK(error_of(make_token(k_header, "null")) == "segment 2 (payload) is null, not a JSON object");
    CHECK(error_of(make_token(k_header, R"(["a"])")) == "segment 2 (payload) is an array, not a JSON object");
    CHECK(error_of(make_token(k_header, "hello")).starts_with("segment 2 (payload) is not valid JSON: "));
  }
  SUBCASE("invalid JSON names the segment and the position")
  {
    CHECK(error_of(make_token(R"({"alg":"HS256")"))
          == "segment 1 (header) is not valid JSON: parse error at line 1, column 15: syntax error "
             "while parsing object - unexpected end of input; expected '}'");
    CHECK(error_of(make_token(k_header, "{\"a\":1,\n \"b\":x}"))
          == "segment 2 (payload) is not valid JSON: parse error at line 2, column 6: syntax error "
             "while parsing value - invalid literal; last read: '\"b\":x'");
    CHECK(error_of(make_token(k_header, R"({"a":1} {})"))
          == "segment 2 (payload) is not valid JSON: parse error at line 1, column 9: syntax error "
             "while parsing value - unexpected '{'; expected end of input");
    CHECK(error_of(make_token(k_header, R"({"exp":1e400})"))
          == "segment 2 (payload) is not valid JSON: number overflow parsing '1e400' at byte 12");
    CHECK(error_of(make_token(k_header, std::string(300, '[') + std::string(300, ']')))
          == "segment 2 (payload) is not valid JSON: nesting is deeper than 256 levels");
  }
  SUBCASE("duplicate members: lenient warns naming them, strict refuses")
  {
    const std::string header_dup = make_token(R"({"alg":"none","alg":"HS256"})");
    const auto result = parse_compact(header_dup, ParseMode::lenient);
    REQUIRE(result.has_value());
    CHECK(result->alg == "HS256");
    CHECK(result->warnings
          == Strings{"segment 1 (header) has a duplicate member \"alg\"; the last one is used"});
    CHECK(error_of(header_dup, ParseMode::strict) == "segment 1 (header) has a duplicate member \"alg\"");

    const std::string nested = make_token(
      k_header, R"({"sub":"a","addr":{"city":"x","city":"y"},"list":[{"k":1,"k":2}],"sub":"b"})");
    CHECK(warnings_of(nested)
          == Strings{"segment 2 (payload) has a duplicate member \"city\" in /addr; the last one is used",
                     "segment 2 (payload) has a duplicate member \"k\" in /list/0; the last one is used",
                     "segment 2 (payload) has a duplicate member \"sub\"; the last one is used"});
    CHECK(error_of(nested, ParseMode::strict)
          == "segment 2 (payload) has a duplicate member \"city\" in /addr");
    // The same name in different objects is not a duplicate.
    CHECK(warnings_of(make_token(k_header, R"({"a":{"a":{"a":1}},"b":[{"a":1},{"a":2}]})")).empty());
  }
  SUBCASE("invalid UTF-8 is reported with its offset in the decoded JSON")
  {
    CHECK(error_of(make_token(k_header, "{\"name\":\"Zo\xeb\"}"))
          == "segment 2 (payload) is not valid UTF-8: byte 0xeb at offset 11 of its decoded JSON");
    CHECK(error_of(make_token("{\"alg\":\"HS256\",\"x\":\"\xc0\xaf\"}"))
          == "segment 1 (header) is not valid UTF-8: byte 0xc0 at offset 20 of its decoded JSON");
    // A CESU-8 surrogate half.
    CHECK(error_of(make_token(k_header, "{\"a\":\"\xed\xa0\x80\"}"))
          == "segment 2 (payload) is not valid UTF-8: byte 0xed at offset 6 of its decoded JSON");
    // An escaped lone surrogate is a JSON error.
    CHECK(error_of(make_token(k_header, R"({"a":"\ud800"})"))
            .starts_with("segment 2 (payload) is not valid JSON: parse error at line 1, column 13: "));
    CHECK(parse_compact(make_token(k_header, "{\"name\":\"Zo\xc3\xab \xe6\x97\xa5 \xf0\x9f\x94\x91\"}"),
                        ParseMode::strict)
            .has_value());
  }
  SUBCASE("the signing input keeps the bytes as received")
  {
    const std::string header_b64 = base64url_encode(" {\"alg\" : \"RS256\"} ");
    const std::string text = header_b64 + "." + base64url_encode(k_payload) + ".c2ln";
    const auto result = parse_compact("  " + text + "  ", ParseMode::strict);
    REQUIRE(result.has_value());
    CHECK(result->header_json == " {\"alg\" : \"RS256\"} ");
    CHECK(result->signing_input == header_b64 + "." + base64url_encode(k_payload));
    CHECK(result->alg == "RS256");
  }
}

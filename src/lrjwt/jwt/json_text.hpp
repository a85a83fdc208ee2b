#pragma once

#include "lrjwt/util/error.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// JSON text as a token carries it. Parsing keeps member order, keeps every
// non-integer number and every integer beyond 64 bits as its exact lexeme,
// and lets the last of duplicate members win (the first one's position), as
// JavaScript and Python do. No JSON library type appears here.
namespace lrjwt::jwt {

enum class JsonKind { null, boolean, integer, number, string, array, object };

// "an object", "a string", ... for messages.
std::string_view json_kind_name(JsonKind kind);

// What a JWT segment's JSON is: its kind and its repeated member names, each
// described as `"sub"` (top level) or `"city" in /address` (JSON Pointer).
struct JsonShape {
  JsonKind kind = JsonKind::null;
  std::vector<std::string> duplicate_members;
};

// Checks well-formed UTF-8 JSON (nesting at most 256 deep). The error (exit 5)
// says what is wrong and where: "invalid UTF-8 at byte 12", "parse error at
// line 1, column 6: ...", without naming the segment.
Result<JsonShape> inspect_json(std::string_view text);

// A value reduced to its kind and text: a string's contents, a number exactly
// as received ("9007199254740993", "1e300"), "true"/"false"/"null", or compact
// JSON for an array or object.
struct JsonScalar {
  JsonKind kind = JsonKind::null;
  std::string text;
};

// Member `name` of the JSON object `object_text`; nullopt if the text is not
// an object that has it (or is not valid JSON).
std::optional<JsonScalar> json_member(std::string_view object_text, std::string_view name);

// How print_json lays out JSON.
struct JsonPrintStyle {
  int indent = 2;     // spaces per level
  int depth = 0;      // level of the first line; nested lines start deeper
  bool color = false; // ANSI colours for keys, strings, numbers, literals
};

// JSON text re-printed with `style`: UTF-8 as UTF-8, numbers exactly as
// received; the opening bracket is not indented (it continues a line). Text
// that inspect_json rejects comes back as a JSON string of itself.
std::string print_json(std::string_view text, const JsonPrintStyle& style);

// A JSON string literal for any bytes (invalid UTF-8 becomes U+FFFD).
std::string quote_json(std::string_view text);

} // namespace lrjwt::jwt

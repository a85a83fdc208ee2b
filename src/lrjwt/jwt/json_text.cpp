#include "lrjwt/jwt/json_text.hpp"

#include "lrjwt/jwt/utf8.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <set>

namespace lrjwt::jwt {
namespace {

using Json = nlohmann::ordered_json;

constexpr std::size_t k_max_depth = 256;

// Numbers kept as their lexeme travel in the DOM as binary values, a type
// that JSON text never produces.
Json raw_number(const std::string& lexeme)
{
  return Json::binary(Json::binary_t::container_type(lexeme.begin(), lexeme.end()));
}

std::string raw_number_text(const Json& value)
{
  const auto& bytes = value.get_binary();
  return {bytes.begin(), bytes.end()};
}

bool is_integer_lexeme(std::string_view lexeme)
{
  return lexeme.find_first_of(".eE") == std::string_view::npos;
}

std::string pointer_token(std::string_view name)
{
  std::string out;
  for (char c : name) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

// Builds an ordered DOM like nlohmann's own SAX DOM parser, but records
// duplicate members, keeps number lexemes and limits nesting.
class DomBuilder {
public:
  using number_integer_t = Json::number_integer_t;
  using number_unsigned_t = Json::number_unsigned_t;
  using number_float_t = Json::number_float_t;
  using string_t = Json::string_t;
  using binary_t = Json::binary_t;

  bool null() { return put(Json(nullptr)) != nullptr; }
  bool boolean(bool value) { return put(Json(value)) != nullptr; }
  bool number_integer(number_integer_t value) { return put(Json(value)) != nullptr; }
  bool number_unsigned(number_unsigned_t value) { return put(Json(value)) != nullptr; }
  bool number_float(number_float_t /*value*/, const string_t& lexeme)
  {
    return put(raw_number(lexeme)) != nullptr;
  }
  bool string(string_t& value) { return put(Json(std::move(value))) != nullptr; }
  bool binary(binary_t& value) { return put(Json::binary(std::move(value))) != nullptr; }
  bool start_object(std::size_t /*size*/) { return open(Json::object()); }
  bool end_object() { return close(); }
  bool start_array(std::size_t /*size*/) { return open(Json::array()); }
  bool end_array() { return close(); }

  bool key(string_t& name)
  {
    Frame& frame = m_stack.back();
    if (!frame.keys.insert(name).second) {
      std::string where = quote_json(name);
      if (!frame.pointer.empty()) {
        where += " in " + frame.pointer;
      }
      if (m_duplicate_set.insert(where).second) {
        m_duplicates.push_back(std::move(where));
      }
    }
    m_last_key = name;
    m_slot = &(*frame.container)[name];
    return true;
  }

  bool parse_error(std::size_t position, const std::string& /*last_token*/,
                   const nlohmann::detail::exception& error)
  {
    std::string_view what = error.what();
    if (const auto end = what.find("] "); what.starts_with("[json.exception.") && end != what.npos) {
      what.remove_prefix(end + 2);
    }
    m_error = error.id >= 101 && error.id <= 199 ? std::string(what)
                                                  : fmt::format("{} at byte {}", what, position);
    return false;
  }

  Json& root() { return m_root; }
  std::vector<std::string>& duplicates() { return m_duplicates; }
  const std::string& error() const { return m_error; }

private:
  struct Frame {
    Json* container;
    std::string pointer;
    std::set<std::string> keys;
  };

  Json* put(Json&& value)
  {
    if (m_stack.empty()) {
      m_root = std::move(value);
      return &m_root;
    }
    Json& container = *m_stack.back().container;
    if (container.is_array()) {
      container.push_back(std::move(value));
      return &container.back();
    }
    *m_slot = std::move(value);
    return m_slot;
  }

  bool open(Json&& empty)
  {
    if (m_stack.size() >= k_max_depth) {
      m_error = fmt::format("nesting is deeper than {} levels", k_max_depth);
      return false;
    }
    std::string pointer;
    if (!m_stack.empty()) {
      const Frame& parent = m_stack.back();
      pointer = parent.pointer + "/"
                + (parent.container->is_array() ? std::to_string(parent.container->size())
                                                : pointer_token(m_last_key));
    }
    Json* container = put(std::move(empty));
    m_stack.push_back(Frame{container, std::move(pointer), {}});
    return true;
  }

  bool close()
  {
    m_stack.pop_back();
    return true;
  }

  Json m_root;
  std::vector<Frame> m_stack;
  Json* m_slot = nullptr;
  std::string m_last_key;
  std::vector<std::string> m_duplicates;
  std::set<std::string> m_duplicate_set;
  std::string m_error;
};

struct ParsedJson {
  Json root;
  std::vector<std::string> duplicates;
};

Result<ParsedJson> parse(std::string_view text)
{
  if (const auto bad = find_invalid_utf8(text)) {
    return fail(ExitCode::malformed_token,
                fmt::format("invalid UTF-8 at byte {} (0x{:02x})", *bad,
                            static_cast<unsigned char>(text[*bad])));
  }
  DomBuilder builder;
  if (!Json::sax_parse(text.begin(), text.end(), &builder)) {
    return fail(ExitCode::malformed_token,
                builder.error().empty() ? std::string("invalid JSON") : builder.error());
  }
  return ParsedJson{std::move(builder.root()), std::move(builder.duplicates())};
}

JsonKind kind_of(const Json& value)
{
  switch (value.type()) {
  case Json::value_t::null: return JsonKind::null;
  case Json::value_t::boolean: return JsonKind::boolean;
  case Json::value_t::number_integer:
  case Json::value_t::number_unsigned: return JsonKind::integer;
  case Json::value_t::number_float: return JsonKind::number;
  case Json::value_t::string: return JsonKind::string;
  case Json::value_t::array: return JsonKind::array;
  case Json::value_t::object: return JsonKind::object;
  case Json::value_t::binary:
    return is_integer_lexeme(raw_number_text(value)) ? JsonKind::integer : JsonKind::number;
  case Json::value_t::discarded: break;
  }
  return JsonKind::null;
}

constexpr std::string_view k_key_color = "\x1b[1;34m";
constexpr std::string_view k_string_color = "\x1b[32m";
constexpr std::string_view k_number_color = "\x1b[36m";
constexpr std::string_view k_literal_color = "\x1b[33m";
constexpr std::string_view k_reset = "\x1b[0m";

class Printer {
public:
  Printer(const JsonPrintStyle& style, std::string& out) : m_style(style), m_out(out) {}

  void value(const Json& value, int depth)
  {
    switch (value.type()) {
    case Json::value_t::object: object(value, depth); break;
    case Json::value_t::array: array(value, depth); break;
    case Json::value_t::string: painted(k_string_color, quote(value.get_ref<const std::string&>())); break;
    case Json::value_t::binary: painted(k_number_color, raw_number_text(value)); break;
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float: painted(k_number_color, value.dump()); break;
    case Json::value_t::boolean:
    case Json::value_t::null:
    case Json::value_t::discarded: painted(k_literal_color, value.dump()); break;
    }
  }

private:
  static std::string quote(const std::string& text)
  {
    return Json(text).dump(-1, ' ', false, Json::error_handler_t::replace);
  }

  void painted(std::string_view color, const std::string& text)
  {
    if (m_style.color) {
      m_out += color;
      m_out += text;
      m_out += k_reset;
    } else {
      m_out += text;
    }
  }

  void newline(int depth)
  {
    if (m_style.indent >= 0) {
      m_out += '\n';
      m_out.append(static_cast<std::size_t>(depth * m_style.indent), ' ');
    }
  }

  void object(const Json& value, int depth)
  {
    if (value.empty()) {
      m_out += "{}";
      return;
    }
    m_out += '{';
    bool first = true;
    for (const auto& [name, member] : value.items()) {
      m_out += first ? "" : ",";
      first = false;
      newline(depth + 1);
      painted(k_key_color, quote(name));
      m_out += m_style.indent >= 0 ? ": " : ":";
      this->value(member, depth + 1);
    }
    newline(depth);
    m_out += '}';
  }

  void array(const Json& value, int depth)
  {
    if (value.empty()) {
      m_out += "[]";
      return;
    }
    m_out += '[';
    bool first = true;
    for (const auto& element : value) {
      m_out += first ? "" : ",";
      first = false;
      newline(depth + 1);
      this->value(element, depth + 1);
    }
    newline(depth);
    m_out += ']';
  }

  const JsonPrintStyle& m_style;
  std::string& m_out;
};

std::string print(const Json& value, const JsonPrintStyle& style)
{
  std::string out;
  Printer(style, out).value(value, style.depth);
  return out;
}

} // namespace

std::string_view json_kind_name(JsonKind kind)
{
  switch (kind) {
  case JsonKind::null: return "null";
  case JsonKind::boolean: return "a boolean";
  case JsonKind::integer: return "an integer";
  case JsonKind::number: return "a number";
  case JsonKind::string: return "a string";
  case JsonKind::array: return "an array";
  case JsonKind::object: return "an object";
  }
  return "a value";
}

Result<JsonShape> inspect_json(std::string_view text)
{
  auto parsed = parse(text);
  if (!parsed) {
    return std::unexpected(parsed.error());
  }
  return JsonShape{kind_of(parsed->root), std::move(parsed->duplicates)};
}

std::optional<JsonScalar> json_member(std::string_view object_text, std::string_view name)
{
  auto parsed = parse(object_text);
  if (!parsed || !parsed->root.is_object()) {
    return std::nullopt;
  }
  const auto found = parsed->root.find(std::string(name));
  if (found == parsed->root.end()) {
    return std::nullopt;
  }
  JsonScalar scalar{kind_of(*found), {}};
  if (found->is_string()) {
    scalar.text = found->get<std::string>();
  } else {
    scalar.text = print(*found, JsonPrintStyle{-1, 0, false});
  }
  return scalar;
}

std::string print_json(std::string_view text, const JsonPrintStyle& style)
{
  auto parsed = parse(text);
  if (!parsed) {
    return quote_json(text);
  }
  return print(parsed->root, style);
}

std::string quote_json(std::string_view text)
{
  return Json(std::string(text)).dump(-1, ' ', false, Json::error_handler_t::replace);
}

} // namespace lrjwt::jwt

#include "faults.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>

namespace lrjwt::emulator {
namespace {

constexpr std::uint64_t k_max_delay_ms = 600'000;
constexpr std::uint64_t k_max_huge_bytes = 1ULL << 30;
constexpr std::uint64_t k_max_retry_after = 86'400;
constexpr std::uint64_t k_max_count = 1'000'000'000;

std::optional<std::uint64_t> parse_number(std::string_view text)
{
  if (text.empty() || text.size() > 12) return std::nullopt;
  std::uint64_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

bool all_digits(std::string_view text)
{
  return !text.empty() && std::ranges::all_of(text, [](char c) { return c >= '0' && c <= '9'; });
}

struct KindName {
  std::string_view name;
  FaultKind kind;
};

constexpr KindName k_kinds[] = {
  {"delay", FaultKind::delay},         {"status", FaultKind::status},
  {"html", FaultKind::html},           {"empty", FaultKind::empty},
  {"not-json", FaultKind::not_json},   {"no-signature", FaultKind::no_signature},
  {"bad-jwt", FaultKind::bad_jwt},     {"truncate", FaultKind::truncate},
  {"drop", FaultKind::drop},           {"rate-limit", FaultKind::rate_limit},
  {"redirect", FaultKind::redirect},   {"huge", FaultKind::huge},
};

} // namespace

std::expected<Fault, std::string> parse_fault(std::string_view spec)
{
  Fault fault;
  fault.spec = std::string(spec);
  auto bad = [&](const std::string& why) {
    return std::unexpected("bad fault \"" + std::string(spec) + "\": " + why);
  };
  if (spec.empty()) return bad("empty SPEC");

  std::string_view body = spec;
  if (auto at = spec.rfind('@'); at != std::string_view::npos) {
    std::string_view suffix = spec.substr(at + 1);
    // A '@' followed by anything but digits belongs to the value (a URL's userinfo).
    if (suffix.empty()) return bad("'@' must be followed by a request count");
    if (all_digits(suffix)) {
      auto count = parse_number(suffix);
      if (!count || *count == 0 || *count > k_max_count) return bad("@N must be between 1 and 1000000000");
      fault.count = *count;
      body = spec.substr(0, at);
    }
  }

  auto eq = body.find('=');
  std::string_view name = body.substr(0, eq);
  std::optional<std::string_view> value;
  if (eq != std::string_view::npos) value = body.substr(eq + 1);

  auto known = std::ranges::find(k_kinds, name, &KindName::name);
  if (known == std::end(k_kinds))
    return bad("unknown kind \"" + std::string(name) + "\"");
  fault.kind = known->kind;

  auto need_number = [&](std::uint64_t low, std::uint64_t high,
                         const char* what) -> std::expected<std::uint64_t, std::string> {
    if (!value) return bad(std::string(name) + " needs =" + what);
    auto number = parse_number(*value);
    if (!number || *number < low || *number > high)
      return bad(std::string(what) + " must be a whole number from " + std::to_string(low) + " to " +
                 std::to_string(high));
    return *number;
  };

  std::expected<std::uint64_t, std::string> number = 0;
  switch (fault.kind) {
  case FaultKind::delay: number = need_number(0, k_max_delay_ms, "MS"); break;
  case FaultKind::status:
  case FaultKind::html:
  case FaultKind::empty: number = need_number(200, 599, "CODE"); break;
  case FaultKind::huge: number = need_number(1, k_max_huge_bytes, "BYTES"); break;
  case FaultKind::rate_limit:
    if (value) number = need_number(0, k_max_retry_after, "RETRY_AFTER_SECONDS");
    fault.has_value = value.has_value();
    break;
  case FaultKind::redirect:
    if (!value || value->empty()) return bad("redirect needs =URL");
    // The URL goes into a Location header verbatim: no spaces or control bytes.
    if (std::ranges::any_of(*value, [](char c) { return static_cast<unsigned char>(c) <= 0x20 || c == 0x7f; }))
      return bad("the redirect URL must not contain spaces or control characters");
    fault.text = std::string(*value);
    break;
  case FaultKind::not_json:
  case FaultKind::no_signature:
  case FaultKind::bad_jwt:
  case FaultKind::truncate:
  case FaultKind::drop:
    if (value) return bad(std::string(name) + " takes no value");
    break;
  }
  if (!number) return std::unexpected(number.error());
  fault.number = *number;
  fault.has_value = fault.has_value || value.has_value();
  return fault;
}

std::string_view fault_help()
{
  return R"(Faults (--fault SPEC, repeatable; or POST /__emulator/faults with a JSON array
of SPEC strings, which replaces the active set; [] clears it):
  SPEC is KIND[=VALUE][@N]. @N limits the fault to the next N API requests
  (requests to /__emulator/* are never faulted nor counted); without @N it
  applies to every API request. With several faults active, each request gets
  the first one that still has requests left. A trailing @DIGITS is always
  read as N. Faulted requests still appear in /__emulator/requests.
  delay=MS          wait MS milliseconds (0-600000), then answer normally
  status=CODE       HTTP CODE (200-599) with a LoginRadius error body:
                    ErrorCode 1000, Message "Oops something went wrong, Please
                    try again."
  html=CODE         HTTP CODE with an HTML error page (text/html), like a proxy
  empty=CODE        HTTP CODE with an empty body
  not-json          HTTP 200 with a text/plain body that is not JSON
  no-signature      HTTP 200 with {"foo":"bar"} (JSON without "signature")
  bad-jwt           HTTP 200 with {"signature":"not-a-jwt"}
  truncate          the normal answer's headers with its full Content-Length,
                    then only half of its body, then the connection closes
  drop              the connection closes before any byte of response
  rate-limit[=S]    HTTP 429, body "Too Many Requests"; Retry-After: S only
                    when S (0-86400) is given
  redirect=URL      HTTP 302 with Location: URL and an empty body
  huge=BYTES        the normal answer (its status and JSON object) padded with
                    a "pad" member to exactly BYTES bytes (1-1073741824), or
                    unpadded when BYTES is smaller than the answer
)";
}

void FaultSet::replace(std::vector<Fault> faults)
{
  std::lock_guard lock(m_mutex);
  m_faults = std::move(faults);
}

std::optional<Fault> FaultSet::take()
{
  std::lock_guard lock(m_mutex);
  for (auto& fault : m_faults) {
    if (fault.count && *fault.count == 0) continue;
    if (fault.count) --*fault.count;
    return fault;
  }
  return std::nullopt;
}

std::string FaultSet::to_json() const
{
  std::lock_guard lock(m_mutex);
  auto out = nlohmann::ordered_json::array();
  for (const auto& fault : m_faults) {
    nlohmann::ordered_json item;
    item["spec"] = fault.spec;
    item["remaining"] = fault.count ? nlohmann::ordered_json(*fault.count) : nlohmann::ordered_json(nullptr);
    out.push_back(item);
  }
  return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace lrjwt::emulator

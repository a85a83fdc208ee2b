#include "fault_responses.hpp"

#include "connection_drop.hpp"
#include "lr_errors.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <memory>

namespace lrjwt::emulator {
namespace {

std::string_view reason_phrase(int status)
{
  switch (status) {
  case 200: return "OK";
  case 400: return "Bad Request";
  case 401: return "Unauthorized";
  case 403: return "Forbidden";
  case 404: return "Not Found";
  case 405: return "Method Not Allowed";
  case 408: return "Request Timeout";
  case 429: return "Too Many Requests";
  case 500: return "Internal Server Error";
  case 502: return "Bad Gateway";
  case 503: return "Service Temporarily Unavailable";
  case 504: return "Gateway Time-out";
  default: return status < 400 ? "OK" : status < 500 ? "Client Error" : "Server Error";
  }
}

// What a reverse proxy in front of the API sends when the backend is sick.
std::string html_page(int status)
{
  return fmt::format("<html>\r\n<head><title>{0} {1}</title></head>\r\n<body>\r\n<center><h1>{0} {1}</h1></center>\r\n"
                     "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
                     status, reason_phrase(status));
}

// Declares the full length of `body` but sends only its first half; the
// provider then reports failure, so httplib closes the connection.
void write_truncated(const ApiAnswer& normal, httplib::Response& res)
{
  res.status = normal.status;
  for (const auto& [name, value] : normal.headers) res.set_header(name, value);
  auto body = std::make_shared<std::string>(normal.body.empty() ? std::string("{}") : normal.body);
  std::size_t sent = body->size() / 2;
  res.set_content_provider(body->size(), normal.content_type,
                           [body, sent](std::size_t offset, std::size_t, httplib::DataSink& sink) {
                             if (offset == 0 && sent > 0) sink.write(body->data(), sent);
                             return false;
                           });
}

// The normal JSON object with a "pad" member, streamed to exactly `bytes` bytes.
void write_huge(const ApiAnswer& normal, std::uint64_t bytes, httplib::Response& res)
{
  res.status = normal.status;
  for (const auto& [name, value] : normal.headers) res.set_header(name, value);
  const std::string& body = normal.body;
  std::string prefix;
  if (body.size() >= 2 && body.front() == '{' && body.back() == '}')
    prefix = body.substr(0, body.size() - 1) + (body.size() > 2 ? "," : "") + "\"pad\":\"";
  else
    prefix = "{\"pad\":\"";
  const std::string suffix = "\"}";
  if (bytes < prefix.size() + suffix.size()) {
    write_answer(normal, res);
    return;
  }
  auto head = std::make_shared<std::string>(std::move(prefix));
  std::size_t pad = static_cast<std::size_t>(bytes) - head->size() - suffix.size();
  res.set_content_provider(
    static_cast<std::size_t>(bytes), "application/json",
    [head, pad, suffix](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
      std::string chunk;
      std::size_t end = offset + std::min<std::size_t>(length, 64 * 1024);
      chunk.reserve(end - offset);
      for (std::size_t pos = offset; pos < end; ++pos) {
        if (pos < head->size())
          chunk.push_back((*head)[pos]);
        else if (pos < head->size() + pad)
          chunk.push_back('x');
        else
          chunk.push_back(suffix[pos - head->size() - pad]);
      }
      return sink.write(chunk.data(), chunk.size());
    });
}

} // namespace

void write_answer(const ApiAnswer& answer, httplib::Response& res)
{
  res.status = answer.status;
  for (const auto& [name, value] : answer.headers) res.set_header(name, value);
  res.set_content(answer.body, answer.content_type);
}

void write_fault(const Fault& fault, const ApiAnswer& normal, const httplib::Request& req, httplib::Response& res)
{
  int code = static_cast<int>(fault.number);
  switch (fault.kind) {
  case FaultKind::delay: write_answer(normal, res); return;
  case FaultKind::status: write_answer({code, "application/json", error_body(lr::injected(code)), {}}, res); return;
  case FaultKind::html: write_answer({code, "text/html", html_page(code), {}}, res); return;
  case FaultKind::empty: res.status = code; return;
  case FaultKind::not_json:
    write_answer({200, "text/plain", "Service is up. This body is not JSON.\n", {}}, res);
    return;
  case FaultKind::no_signature: write_answer({200, "application/json", R"({"foo":"bar"})", {}}, res); return;
  case FaultKind::bad_jwt: write_answer({200, "application/json", R"({"signature":"not-a-jwt"})", {}}, res); return;
  case FaultKind::truncate: write_truncated(normal, res); return;
  case FaultKind::drop:
    shut_down_connection(req.local_addr, req.local_port, req.remote_addr, req.remote_port);
    // Should the socket not be found, a 502 with no body is the nearest thing.
    res.status = 502;
    return;
  case FaultKind::rate_limit:
    if (fault.has_value) res.set_header("Retry-After", std::to_string(fault.number));
    write_answer({429, "text/plain", "Too Many Requests\n", {}}, res);
    return;
  case FaultKind::redirect:
    res.status = 302;
    res.set_header("Location", fault.text);
    return;
  case FaultKind::huge: write_huge(normal, fault.number, res); return;
  }
}

} // namespace lrjwt::emulator

#include "emulator_service.hpp"

#include "fault_responses.hpp"

#include <nlohmann/json.hpp>

#include <chrono>

namespace lrjwt::emulator {
namespace {

constexpr std::string_view k_control_prefix = "/__emulator/";

// httplib adds these to Request::headers itself; they never came off the wire.
bool is_httplib_pseudo_header(const std::string& name)
{
  return name == "REMOTE_ADDR" || name == "REMOTE_PORT" || name == "LOCAL_ADDR" || name == "LOCAL_PORT";
}

void control_json(httplib::Response& res, int status, const std::string& body)
{
  res.status = status;
  res.set_content(body, "application/json");
}

void control_error(httplib::Response& res, int status, const std::string& message)
{
  control_json(res, status, nlohmann::json{{"error", message}}.dump(-1, ' ', false,
                                                                     nlohmann::json::error_handler_t::replace));
}

} // namespace

EmulatorService::EmulatorService(JwtApi api, std::vector<Fault> faults) : m_api(std::move(api))
{
  m_faults.replace(std::move(faults));
}

void EmulatorService::install(httplib::Server& server)
{
  // Match any path (including decoded newlines); routing happens in handle().
  const std::string any = R"([\s\S]*)";
  httplib::Server::Handler handler = [this](const httplib::Request& req, httplib::Response& res) {
    handle(req, res);
  };
  server.Get(any, handler);
  server.Post(any, handler);
  server.Put(any, handler);
  server.Patch(any, handler);
  server.Delete(any, handler);
  server.Options(any, handler);
  // httplib answers a bodiless POST/PUT/PATCH (no Content-Length, not chunked)
  // with an empty 400 before any handler runs; route it with an empty body instead.
  server.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    bool body_method = req.method == "POST" || req.method == "PUT" || req.method == "PATCH";
    if (!body_method || req.has_header("Content-Length") || req.has_header("Transfer-Encoding"))
      return httplib::Server::HandlerResponse::Unhandled;
    handle(req, res);
    return httplib::Server::HandlerResponse::Handled;
  });
}

void EmulatorService::begin_shutdown()
{
  {
    std::lock_guard lock(m_stop_mutex);
    m_stopping = true;
  }
  m_stop_cv.notify_all();
}

void EmulatorService::wait_ms(std::uint64_t ms)
{
  std::unique_lock lock(m_stop_mutex);
  m_stop_cv.wait_for(lock, std::chrono::milliseconds(ms), [this] { return m_stopping; });
}

void EmulatorService::handle(const httplib::Request& req, httplib::Response& res)
{
  RawTarget target = split_target(req.target);
  if (target.path.starts_with(k_control_prefix) || target.path == "/__emulator")
    handle_control(req, target, res);
  else
    handle_api(req, target, res);
}

void EmulatorService::handle_api(const httplib::Request& req, const RawTarget& target, httplib::Response& res)
{
  LoggedRequest logged{req.method, target.path, target.query, {}, req.body};
  for (const auto& [name, value] : req.headers)
    if (!is_httplib_pseudo_header(name)) logged.headers.emplace_back(name, value);
  m_log.add(std::move(logged));

  std::optional<Fault> fault = m_faults.take();
  if (fault && fault->kind == FaultKind::delay) {
    wait_ms(fault->number);
    fault.reset();
  }
  ApiAnswer normal = m_api.handle(req.method, target.path, target.query, req.body);
  if (fault)
    write_fault(*fault, normal, req, res);
  else
    write_answer(normal, res);
}

void EmulatorService::handle_control(const httplib::Request& req, const RawTarget& target, httplib::Response& res)
{
  const std::string& method = req.method;
  bool is_get = method == "GET" || method == "HEAD";
  auto not_allowed = [&](const char* allowed) {
    res.set_header("Allow", allowed);
    control_error(res, 405, method + " is not allowed here; use " + allowed);
  };

  if (target.path == "/__emulator/requests") {
    if (is_get) return control_json(res, 200, m_log.to_json());
    if (method == "DELETE") {
      m_log.clear();
      res.status = 204;
      return;
    }
    return not_allowed("GET, DELETE");
  }
  if (target.path == "/__emulator/jwks") {
    if (is_get) return control_json(res, 200, m_api.jwks_json());
    return not_allowed("GET");
  }
  if (target.path == "/__emulator/faults") {
    if (is_get) return control_json(res, 200, m_faults.to_json());
    if (method == "DELETE") {
      m_faults.replace({});
      return control_json(res, 200, m_faults.to_json());
    }
    if (method != "POST") return not_allowed("GET, POST, DELETE");
    auto specs = nlohmann::json::parse(req.body, nullptr, false);
    if (specs.is_discarded() || !specs.is_array())
      return control_error(res, 400, "the body must be a JSON array of fault SPEC strings");
    std::vector<Fault> faults;
    for (const auto& spec : specs) {
      if (!spec.is_string()) return control_error(res, 400, "every fault SPEC must be a string");
      auto fault = parse_fault(spec.get<std::string>());
      if (!fault) return control_error(res, 400, fault.error());
      faults.push_back(std::move(*fault));
    }
    m_faults.replace(std::move(faults));
    return control_json(res, 200, m_faults.to_json());
  }
  control_error(res, 404,
                "unknown emulator endpoint " + target.path +
                  " (GET|DELETE /__emulator/requests, GET /__emulator/jwks, GET|POST|DELETE /__emulator/faults)");
}

} // namespace lrjwt::emulator

#pragma once

#include "faults.hpp"
#include "jwt_api.hpp"
#include "raw_target.hpp"
#include "request_log.hpp"

#include <httplib.h>

#include <condition_variable>
#include <mutex>
#include <vector>

namespace lrjwt::emulator {

// Routes every request: /__emulator/* to the control endpoints, everything
// else to the logged, possibly faulted, emulated API.
class EmulatorService {
public:
  EmulatorService(JwtApi api, std::vector<Fault> faults);

  // Registers the catch-all handlers on `server`.
  void install(httplib::Server& server);

  // Wakes requests waiting out a delay fault, so the server can stop.
  void begin_shutdown();

private:
  void handle(const httplib::Request& req, httplib::Response& res);
  void handle_api(const httplib::Request& req, const RawTarget& target, httplib::Response& res);
  void handle_control(const httplib::Request& req, const RawTarget& target, httplib::Response& res);
  void wait_ms(std::uint64_t ms);

  JwtApi m_api;
  FaultSet m_faults;
  RequestLog m_log;
  std::mutex m_stop_mutex;
  std::condition_variable m_stop_cv;
  bool m_stopping = false;
};

} // namespace lrjwt::emulator

#pragma once

#include "faults.hpp"
#include "jwt_api.hpp"

#include <httplib.h>

namespace lrjwt::emulator {

// Puts an answer of the emulated API into an httplib response.
void write_answer(const ApiAnswer& answer, httplib::Response& res);

// Answers with `fault` instead of `normal` (every kind but delay, which the
// caller waits out before answering normally).
void write_fault(const Fault& fault, const ApiAnswer& normal, const httplib::Request& req, httplib::Response& res);

} // namespace lrjwt::emulator

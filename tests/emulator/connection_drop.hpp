#pragma once

#include <string>

namespace lrjwt::emulator {

// Shuts down (both directions) the accepted TCP connection whose addresses
// are these, as httplib::Request reports them. cpp-httplib 0.11 gives a
// handler no access to its socket, so this finds it among the process's open
// descriptors by its local and peer addresses. httplib then fails to write the
// response and closes the descriptor itself, so the client sees the
// connection close with no response at all. Returns false when not found.
bool shut_down_connection(const std::string& local_addr, int local_port, const std::string& remote_addr,
                          int remote_port);

} // namespace lrjwt::emulator

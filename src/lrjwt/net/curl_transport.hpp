#pragma once

#include "lrjwt/net/transport.hpp"

#include <memory>

namespace lrjwt::net {

// A Transport over the libcurl easy API: TLS verification on unless
// `insecure`, redirects never followed, explicit connect and total timeouts,
// response bodies capped at `max_body_bytes`.
std::unique_ptr<Transport> make_curl_transport(const TransportOptions& options);

} // namespace lrjwt::net

#pragma once

#include "lrjwt/net/transport.hpp"

#include <memory>
#include <string>

namespace lrjwt::net {

// A Transport over the libcurl easy API: TLS verification on unless
// `insecure`, redirects never followed, explicit connect and total timeouts,
// response bodies capped at `max_body_bytes`.
std::unique_ptr<Transport> make_curl_transport(const TransportOptions& options);

// "libcurl 7.88.1 (OpenSSL/3.0.15)": the library in use at run time.
std::string curl_version_text();

} // namespace lrjwt::net

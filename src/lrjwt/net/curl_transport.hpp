#pragma once

#include "lrjwt/net/transport.hpp"

#include <memory>
#include <string>

namespace lrjwt::net {

// A Transport over the libcurl easy API: TLS verification on unless
// `insecure`, redirects never followed, explicit connect and total timeouts,
// response bodies capped at `max_body_bytes`.
std::unique_ptr<Transport> make_curl_transport(const TransportOptions& options);

// Whether `path` is a directory with at least one OpenSSL hash link
// ("5ad8a5d6.0"): only then is it used as the trust store's CAPATH.
bool is_hashed_directory(const char* path);

// "libcurl 7.88.1 (OpenSSL/3.0.15)": the library in use at run time.
std::string curl_version_text();

} // namespace lrjwt::net

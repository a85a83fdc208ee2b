#pragma once

namespace lrjwt::jwt {

// Initialises libcrypto for lrjwt's own use (signature checks): without an
// OPENSSL_CONF in the environment, no configuration file is read. The system
// openssl.cnf only sets TLS defaults on Debian, which concern libcurl's own
// OpenSSL, and reading it is a quarter of a verify's run time (issue 7).
// Call before any other OpenSSL function.
void init_crypto();

} // namespace lrjwt::jwt

#pragma once

namespace lrjwt::jwt {

// Initialises lrjwt's own static copy of libcrypto (signature checks); does
// nothing when libcrypto is the shared library that libcurl's TLS uses too:
// - without an OPENSSL_CONF in the environment, no configuration file is read.
//   The system openssl.cnf only sets TLS defaults on Debian, which concern
//   libcurl's own OpenSSL, and reading it cost a quarter of a verify;
// - the legacy cipher and digest tables are not filled: lrjwt fetches every
//   algorithm from the default provider by name, and copying those tables into
//   OpenSSL's name map cost another third (issue 7).
// Call before any other OpenSSL function.
void init_crypto();

} // namespace lrjwt::jwt

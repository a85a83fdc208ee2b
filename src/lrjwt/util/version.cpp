#include "lrjwt/util/version.hpp"

#include "lrjwt/net/curl_transport.hpp"

#include <fmt/format.h>
#include <openssl/crypto.h>

#ifndef LRJWT_GIT_COMMIT
#define LRJWT_GIT_COMMIT "unknown"
#endif

namespace lrjwt::util {

std::string version_text()
{
  return fmt::format("lrjwt {} (commit {})\n{}\n{}", LRJWT_VERSION, LRJWT_GIT_COMMIT, net::curl_version_text(),
                     OpenSSL_version(OPENSSL_VERSION));
}

} // namespace lrjwt::util

#include "lrjwt/jwt/crypto_init.hpp"

#include <openssl/crypto.h>

#include <cstdlib>

namespace lrjwt::jwt {

void init_crypto()
{
  const char* conf = std::getenv("OPENSSL_CONF");
  if (conf == nullptr || *conf == '\0') {
    OPENSSL_init_crypto(OPENSSL_INIT_NO_LOAD_CONFIG | OPENSSL_INIT_NO_ADD_ALL_CIPHERS | OPENSSL_INIT_NO_ADD_ALL_DIGESTS, nullptr);
  }
}

} // namespace lrjwt::jwt

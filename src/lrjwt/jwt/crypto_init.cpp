#include "lrjwt/jwt/crypto_init.hpp"

#include <openssl/crypto.h>

#include <cstdlib>
#include <dlfcn.h>

namespace lrjwt::jwt {

void init_crypto()
{
  // Only for lrjwt's own static copy of libcrypto. A shared libcrypto (a build
  // with -DLRJWT_STATIC_DEPS=OFF, the sanitizer builds) is also the one that
  // libcurl's TLS uses, which needs the configuration and the legacy tables
  // (without them it judges every CA signature "too weak"). A static copy is
  // not exported, so the dynamic loader does not know its symbols.
  if (::dlsym(RTLD_DEFAULT, "OPENSSL_init_crypto") != nullptr) {
    return;
  }
  const char* conf = std::getenv("OPENSSL_CONF");
  const bool load_config = conf != nullptr && *conf != '\0';
  // No error strings either: lrjwt prints its own messages, never OpenSSL's, and
  // the first ERR_set_mark inside a fetch would otherwise load all of them
  // (about 0.9M instructions, a third of a verify HS256).
  OPENSSL_init_crypto((load_config ? 0 : OPENSSL_INIT_NO_LOAD_CONFIG) | OPENSSL_INIT_NO_ADD_ALL_CIPHERS
                        | OPENSSL_INIT_NO_ADD_ALL_DIGESTS | OPENSSL_INIT_NO_LOAD_CRYPTO_STRINGS,
                      nullptr);
}

} // namespace lrjwt::jwt

#include "lrjwt/net/curl_library.hpp"

#include <fmt/format.h>

#include <dlfcn.h>
#include <mutex>
#include <string>

namespace lrjwt::net {
namespace {

template<typename Fn>
bool resolve(void* handle, const char* name, Fn& out)
{
  void* symbol = ::dlsym(handle, name);
  if (!symbol) {
    return false;
  }
  out = reinterpret_cast<Fn>(symbol);
  return true;
}

Result<const CurlLibrary*> load()
{
  // The soname of every libcurl since 7.16; the -gnutls/-nss flavours share its ABI.
  void* handle = nullptr;
  std::string first_error; // libcurl.so.4's: the one that says what is wrong
  for (const char* name : {"libcurl.so.4", "libcurl-gnutls.so.4", "libcurl-nss.so.4"}) {
    // RTLD_LAZY, as the dynamic loader would bind a linked libcurl: binding
    // every symbol of libcurl and its dependencies up front costs CPU and pages.
    handle = ::dlopen(name, RTLD_LAZY | RTLD_LOCAL);
    if (handle) {
      break;
    }
    if (first_error.empty()) {
      const char* why = ::dlerror();
      first_error = why ? why : name;
    }
  }
  if (!handle) {
    return fail(ExitCode::internal, fmt::format("cannot load libcurl (libcurl.so.4): {}; install libcurl4", first_error));
  }
  static CurlLibrary lib{};
  const bool ok = resolve(handle, "curl_global_init", lib.global_init) && resolve(handle, "curl_easy_init", lib.easy_init)
                  && resolve(handle, "curl_easy_cleanup", lib.easy_cleanup)
                  && resolve(handle, "curl_easy_setopt", lib.easy_setopt)
                  && resolve(handle, "curl_easy_perform", lib.easy_perform)
                  && resolve(handle, "curl_easy_getinfo", lib.easy_getinfo)
                  && resolve(handle, "curl_easy_strerror", lib.easy_strerror)
                  && resolve(handle, "curl_slist_append", lib.slist_append)
                  && resolve(handle, "curl_slist_free_all", lib.slist_free_all)
                  && resolve(handle, "curl_version_info", lib.version_info);
  if (!ok) {
    return fail(ExitCode::internal, "the libcurl found lacks functions lrjwt needs");
  }
  // CURLOPT_PROTOCOLS_STR, which keeps requests to http and https, is 7.85.
  const curl_version_info_data* info = lib.version_info(CURLVERSION_NOW);
  if (!info || info->version_num < 0x075500) {
    return fail(ExitCode::internal, fmt::format("libcurl {} is too old; lrjwt needs 7.85 or later",
                                                info && info->version ? info->version : "(unknown)"));
  }
  if (lib.global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
    return fail(ExitCode::internal, "curl_global_init failed");
  }
  return &lib;
}

} // namespace

Result<const CurlLibrary*> curl_library()
{
  static std::once_flag flag;
  static Result<const CurlLibrary*> result = fail(ExitCode::internal, "libcurl not loaded");
  std::call_once(flag, [] { result = load(); });
  return result;
}

} // namespace lrjwt::net

#pragma once

#include "lrjwt/util/error.hpp"

#include <curl/curl.h>

namespace lrjwt::net {

// The libcurl functions lrjwt uses, resolved from libcurl.so.4 on first use.
// Why: linking libcurl costs every start-up ~6 ms of dynamic loading (33
// shared libraries); decode, verify and cache hits never need it.
struct CurlLibrary {
  CURLcode (*global_init)(long flags);
  CURL* (*easy_init)();
  void (*easy_cleanup)(CURL* curl);
  CURLcode (*easy_setopt)(CURL* curl, CURLoption option, ...);
  CURLcode (*easy_perform)(CURL* curl);
  CURLcode (*easy_getinfo)(CURL* curl, CURLINFO info, ...);
  const char* (*easy_strerror)(CURLcode code);
  curl_slist* (*slist_append)(curl_slist* list, const char* line);
  void (*slist_free_all)(curl_slist* list);
  curl_version_info_data* (*version_info)(CURLversion age);
};

// Loads libcurl (once) and runs curl_global_init; an Error (exit 70) if the
// library or one of its functions cannot be found.
Result<const CurlLibrary*> curl_library();

} // namespace lrjwt::net

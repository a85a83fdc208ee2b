#include "lrjwt/net/curl_transport.hpp"

#include "lrjwt/net/curl_library.hpp"
#include "lrjwt/net/timeout.hpp"
#include "lrjwt/util/url.hpp"

#include <curl/curl.h>
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <dirent.h>
#include <string_view>

namespace lrjwt::net {
namespace {

// Owns one easy handle and the header list of the current request.
class CurlHandle {
public:
  explicit CurlHandle(const CurlLibrary& lib) : m_lib(lib), m_curl(lib.easy_init()) {}
  ~CurlHandle()
  {
    if (m_headers) {
      m_lib.slist_free_all(m_headers);
    }
    if (m_curl) {
      m_lib.easy_cleanup(m_curl);
    }
  }
  CurlHandle(const CurlHandle&) = delete;
  CurlHandle& operator=(const CurlHandle&) = delete;

  CURL* get() const { return m_curl; }
  void add_header(const std::string& line) { m_headers = m_lib.slist_append(m_headers, line.c_str()); }
  curl_slist* headers() const { return m_headers; }

private:
  const CurlLibrary& m_lib;
  CURL* m_curl;
  curl_slist* m_headers = nullptr;
};

} // namespace

// A directory OpenSSL can look certificates up in has hash links, as c_rehash
// and update-ca-certificates make. Fedora's /etc/ssl/certs holds only bundle
// files, and used as a CAPATH it would fail every fetch.
bool is_hashed_directory(const char* path)
{
  DIR* dir = ::opendir(path);
  if (dir == nullptr) {
    return false;
  }
  bool found = false;
  while (const dirent* entry = ::readdir(dir)) {
    const std::string_view name = entry->d_name;
    const auto dot = name.find('.');
    if (dot == 8 && name.size() > 9
        && std::all_of(name.begin(), name.begin() + 8, [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); })
        && std::all_of(name.begin() + 9, name.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      found = true;
      break;
    }
  }
  ::closedir(dir);
  return found;
}

namespace {

struct Sink {
  Response* response;
  std::size_t max_body;
  bool too_large = false;
};

size_t on_body(char* data, size_t size, size_t count, void* user)
{
  auto* sink = static_cast<Sink*>(user);
  const size_t n = size * count;
  if (sink->response->body.size() + n > sink->max_body) {
    sink->too_large = true;
    return 0;
  }
  sink->response->body.append(data, n);
  return n;
}

size_t on_header(char* data, size_t size, size_t count, void* user)
{
  auto* response = static_cast<Response*>(user);
  const size_t n = size * count;
  std::string_view line(data, n);
  if (line.starts_with("HTTP/")) {
    // A new response (after 1xx): forget earlier headers.
    response->headers.clear();
    return n;
  }
  const auto colon = line.find(':');
  if (colon == std::string_view::npos) {
    return n;
  }
  auto trim = [](std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == '\r' || s.back() == '\n' || s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
  };
  response->headers.emplace_back(std::string(trim(line.substr(0, colon))), std::string(trim(line.substr(colon + 1))));
  return n;
}

class CurlTransport final : public Transport {
public:
  explicit CurlTransport(TransportOptions options) : m_options(std::move(options)) {}

  FailureKind last_failure() const override { return m_failure; }

  Result<Response> send(const Request& request) override
  {
    m_failure = FailureKind::other;
    auto loaded = curl_library();
    if (!loaded) {
      return std::unexpected(loaded.error());
    }
    const CurlLibrary& lib = **loaded;
    Response response;
    Sink sink{&response, m_options.max_body_bytes};
    char errbuf[CURL_ERROR_SIZE] = {0};
    const std::string host = util::host_of(request.url);
    // Declared after what it is given pointers to, so that easy_cleanup runs
    // while the error buffer and the sink still exist.
    CurlHandle handle(lib);
    CURL* curl = handle.get();
    if (!curl) {
      return fail(ExitCode::internal, "could not create a libcurl handle");
    }

    lib.easy_setopt(curl, CURLOPT_URL, request.url.c_str());
    lib.easy_setopt(curl, CURLOPT_ERRORBUFFER, errbuf);
    lib.easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    lib.easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    lib.easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    lib.easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, m_options.connect_timeout_ms);
    lib.easy_setopt(curl, CURLOPT_TIMEOUT_MS, m_options.total_timeout_ms);
    lib.easy_setopt(curl, CURLOPT_USERAGENT, "lrjwt/" LRJWT_VERSION);
    lib.easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, m_options.insecure ? 0L : 1L);
    lib.easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, m_options.insecure ? 0L : 2L);
    lib.easy_setopt(curl, CURLOPT_SSLVERSION, long(CURL_SSLVERSION_TLSv1_2));
    set_trust_store(lib, curl);
    // Refuse at once an answer that announces a larger Content-Length.
    lib.easy_setopt(curl, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(m_options.max_body_bytes));
    lib.easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_body);
    lib.easy_setopt(curl, CURLOPT_WRITEDATA, &sink);
    lib.easy_setopt(curl, CURLOPT_HEADERFUNCTION, on_header);
    lib.easy_setopt(curl, CURLOPT_HEADERDATA, &response);
    // Accept compressed answers; libcurl decodes them.
    lib.easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");

    for (const auto& [name, value] : request.headers) {
      handle.add_header(name + ": " + value);
    }
    handle.add_header("Expect:");
    lib.easy_setopt(curl, CURLOPT_HTTPHEADER, handle.headers());
    if (request.method == "POST") {
      lib.easy_setopt(curl, CURLOPT_POST, 1L);
      lib.easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.data());
      lib.easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body.size()));
    } else if (request.method != "GET") {
      lib.easy_setopt(curl, CURLOPT_CUSTOMREQUEST, request.method.c_str());
    }

    const CURLcode rc = lib.easy_perform(curl);
    read_timings(lib, curl, response.timings);
    if (rc == CURLE_OK) {
      lib.easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response.status);
      m_failure = FailureKind::none;
      return response;
    }
    return describe_failure(lib, rc, errbuf, host, sink.too_large, response.timings);
  }

private:
  // --cacert wins. Otherwise the system store is read as a hashed directory
  // ($SSL_CERT_DIR, else /etc/ssl/certs), where OpenSSL loads only the
  // certificates a chain needs, instead of parsing the whole CA bundle (~140
  // certificates) on every run; libcurl's built-in default is the fallback,
  // also for a directory without hash links.
  void set_trust_store(const CurlLibrary& lib, CURL* curl) const
  {
    if (!m_options.cacert.empty()) {
      lib.easy_setopt(curl, CURLOPT_CAINFO, m_options.cacert.c_str());
      return;
    }
    const char* env_dir = std::getenv("SSL_CERT_DIR");
    const char* dir = env_dir && *env_dir ? env_dir : "/etc/ssl/certs";
    if (is_hashed_directory(dir)) {
      lib.easy_setopt(curl, CURLOPT_CAINFO, static_cast<const char*>(nullptr));
      lib.easy_setopt(curl, CURLOPT_CAPATH, dir);
    }
  }

  static void read_timings(const CurlLibrary& lib, CURL* curl, Timings& t)
  {
    curl_off_t v = 0;
    auto secs = [&](CURLINFO info) {
      v = 0;
      lib.easy_getinfo(curl, info, &v);
      return double(v) / 1e6;
    };
    t.dns = secs(CURLINFO_NAMELOOKUP_TIME_T);
    t.connect = secs(CURLINFO_CONNECT_TIME_T);
    t.tls = secs(CURLINFO_APPCONNECT_TIME_T);
    t.first_byte = secs(CURLINFO_STARTTRANSFER_TIME_T);
    t.total = secs(CURLINFO_TOTAL_TIME_T);
  }

  Result<Response> describe_failure(const CurlLibrary& lib, CURLcode rc, const char* errbuf, const std::string& host, bool too_large,
                                    const Timings& timings)
  {
    const std::string detail = errbuf[0] ? std::string(errbuf) : std::string(lib.easy_strerror(rc));
    switch (rc) {
    case CURLE_WRITE_ERROR:
    case CURLE_FILESIZE_EXCEEDED:
      if (too_large || rc == CURLE_FILESIZE_EXCEEDED) {
        m_failure = FailureKind::other;
        return fail(ExitCode::bad_response, fmt::format("response from {} is larger than {} bytes; cut off", host,
                                                        m_options.max_body_bytes));
      }
      break;
    case CURLE_COULDNT_RESOLVE_HOST:
      m_failure = FailureKind::not_connected;
      return fail(ExitCode::network, fmt::format("could not resolve host {}", host));
    case CURLE_COULDNT_RESOLVE_PROXY:
      m_failure = FailureKind::not_connected;
      return fail(ExitCode::network, fmt::format("could not resolve the proxy for {}: {}", host, detail));
    case CURLE_COULDNT_CONNECT:
      m_failure = FailureKind::not_connected;
      return fail(ExitCode::network, fmt::format("could not connect to {}: {}", host, detail));
    case CURLE_OPERATION_TIMEDOUT: {
      // Via a proxy, "connected" means connected to the proxy.
      auto verdict = describe_timeout(host, timings.connect > 0, m_options);
      m_failure = verdict.before_connect ? FailureKind::not_connected : FailureKind::timeout;
      return fail(ExitCode::network, verdict.message);
    }
    case CURLE_PEER_FAILED_VERIFICATION:
      m_failure = FailureKind::other;
      return fail(ExitCode::network, fmt::format("TLS certificate of {} is not trusted: {} (use --cacert FILE)", host,
                                                 detail));
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
      m_failure = FailureKind::other;
      return fail(ExitCode::network, fmt::format("TLS connection to {} failed: {}", host, detail));
    case CURLE_GOT_NOTHING:
      m_failure = FailureKind::after_send;
      return fail(ExitCode::network, fmt::format("{} closed the connection without answering", host));
    case CURLE_PARTIAL_FILE:
      m_failure = FailureKind::after_send;
      return fail(ExitCode::network, fmt::format("response from {} was cut short (connection closed early)", host));
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
      m_failure = FailureKind::after_send;
      return fail(ExitCode::network, fmt::format("connection to {} failed: {}", host, detail));
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
      m_failure = FailureKind::not_connected;
      return fail(ExitCode::usage, fmt::format("bad URL for {}: {}", host, detail));
    default:
      break;
    }
    m_failure = FailureKind::other;
    return fail(ExitCode::network, fmt::format("request to {} failed: {}", host, detail));
  }

  TransportOptions m_options;
  FailureKind m_failure = FailureKind::none;
};

} // namespace

std::string curl_version_text()
{
  auto loaded = curl_library();
  if (!loaded) {
    return "libcurl (unavailable: " + loaded.error().message + ")";
  }
  const curl_version_info_data* info = (*loaded)->version_info(CURLVERSION_NOW);
  if (!info) {
    return "libcurl (unknown version)";
  }
  return fmt::format("libcurl {} ({})", info->version, info->ssl_version ? info->ssl_version : "no TLS");
}

std::unique_ptr<Transport> make_curl_transport(const TransportOptions& options)
{
  return std::make_unique<CurlTransport>(options);
}

} // namespace lrjwt::net

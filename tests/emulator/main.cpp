#include "config.hpp"
#include "emulator_service.hpp"
#include "jwt_api.hpp"
#include "options.hpp"

#include <fmt/format.h>
#include <httplib.h>

#include <pthread.h>
#include <sys/socket.h>
#include <signal.h>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <thread>

namespace lrjwt::emulator {
namespace {

constexpr int k_exit_usage = 2;
constexpr int k_exit_runtime = 1;
constexpr std::size_t k_max_request_body = 16 * 1024 * 1024;
constexpr std::size_t k_worker_threads = 64;

int fail(int code, const std::string& message)
{
  fmt::print(stderr, "lrjwt-emulator: error: {}\n", message);
  return code;
}

int run(int argc, char** argv)
{
  auto options = parse_options(argc, argv);
  if (!options) return fail(k_exit_usage, options.error() + " (see lrjwt-emulator --help)");
  if (options->help) {
    fmt::print("{}", help_text());
    return 0;
  }

  // SIGINT/SIGTERM are blocked in every thread (key generation and the pool
  // inherit the mask) and taken by one thread with sigwait, which stops the server.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  Config config = demo_config();
  if (!options->config_file.empty()) {
    auto loaded = load_config_file(options->config_file);
    if (!loaded) return fail(k_exit_usage, loaded.error());
    config = std::move(*loaded);
  }
  auto api = JwtApi::create(std::move(config));
  if (!api) return fail(k_exit_usage, api.error());

  bool tls = !options->tls_cert.empty();
  std::unique_ptr<httplib::Server> server;
  if (tls)
    server = std::make_unique<httplib::SSLServer>(options->tls_cert.c_str(), options->tls_key.c_str());
  else
    server = std::make_unique<httplib::Server>();
  if (!server->is_valid())
    return fail(k_exit_usage, "cannot load the TLS certificate " + options->tls_cert + " with the key " +
                                options->tls_key);

  EmulatorService service(std::move(*api), std::move(options->faults));
  service.install(*server);
  server->new_task_queue = [] { return new httplib::ThreadPool(k_worker_threads); };
  server->set_payload_max_length(k_max_request_body);
  // httplib's default also sets SO_REUSEPORT, which would let a second
  // emulator silently share a busy port instead of failing.
  server->set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });

  int port = options->port;
  if (port == 0)
    port = server->bind_to_any_port(options->host);
  else if (!server->bind_to_port(options->host, port))
    port = -1;
  std::string host = options->host.find(':') != std::string::npos ? "[" + options->host + "]" : options->host;
  if (port <= 0) return fail(k_exit_runtime, fmt::format("cannot listen on {}:{}", host, options->port));

  fmt::print("listening on {}://{}:{}\n", tls ? "https" : "http", host, port);
  std::fflush(stdout);

  std::mutex done_mutex;
  std::condition_variable done_cv;
  bool done = false;
  std::thread stopper([&] {
    int signal_number = 0;
    sigwait(&stop_signals, &signal_number);
    service.begin_shutdown();
    server->stop();
    // Idle keep-alive connections can hold the pool for seconds; do not wait for them.
    std::unique_lock lock(done_mutex);
    if (!done_cv.wait_for(lock, std::chrono::milliseconds(500), [&] { return done; })) {
      std::fflush(stdout);
      std::_Exit(0);
    }
  });
  stopper.detach();

  bool listened = server->listen_after_bind();
  {
    std::lock_guard lock(done_mutex);
    done = true;
  }
  done_cv.notify_all();
  return listened ? 0 : fail(k_exit_runtime, "the server stopped unexpectedly");
}

} // namespace
} // namespace lrjwt::emulator

int main(int argc, char** argv)
{
  // A client that goes away mid-response must not kill the emulator (TLS writes raise SIGPIPE).
  signal(SIGPIPE, SIG_IGN);
  try {
    return lrjwt::emulator::run(argc, argv);
  } catch (const std::exception& e) {
    fmt::print(stderr, "lrjwt-emulator: internal error: {}\n", e.what());
    return 70;
  }
}

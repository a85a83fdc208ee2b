#include "lrjwt/cmd/run_child.hpp"

#include "lrjwt/util/diag.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace lrjwt::cmd {
namespace {

volatile sig_atomic_t g_child = 0;

void forward_signal(int sig)
{
  if (g_child > 0) {
    ::kill(static_cast<pid_t>(g_child), sig);
  }
}

} // namespace

Result<int> run_with_token(const std::vector<std::string>& argv, const std::string& env_name,
                           const std::string& token)
{
  std::vector<char*> args;
  for (const auto& a : argv) {
    args.push_back(const_cast<char*>(a.c_str()));
  }
  args.push_back(nullptr);

  int report[2];
  if (::pipe2(report, O_CLOEXEC) != 0) {
    return fail(ExitCode::internal, fmt::format("cannot create a pipe: {}", std::strerror(errno)));
  }
  std::fflush(nullptr);
  const pid_t pid = ::fork();
  if (pid < 0) {
    ::close(report[0]);
    ::close(report[1]);
    return fail(ExitCode::internal, fmt::format("cannot start '{}': {}", argv[0], std::strerror(errno)));
  }
  if (pid == 0) {
    ::close(report[0]);
    ::setenv(env_name.c_str(), token.c_str(), 1);
    ::unsetenv("LRJWT_PASSWORD");
    ::execvp(args[0], args.data());
    const int err = errno;
    [[maybe_unused]] auto n = ::write(report[1], &err, sizeof err);
    ::_exit(127);
  }
  ::close(report[1]);
  g_child = pid;
  struct sigaction forward{};
  forward.sa_handler = forward_signal;
  sigemptyset(&forward.sa_mask);
  struct sigaction ignore{};
  ignore.sa_handler = SIG_IGN;
  sigemptyset(&ignore.sa_mask);
  struct sigaction old_term{}, old_hup{}, old_int{}, old_quit{};
  ::sigaction(SIGTERM, &forward, &old_term);
  ::sigaction(SIGHUP, &forward, &old_hup);
  // The terminal sends ^C and ^\ to the child as well; let the child decide.
  ::sigaction(SIGINT, &ignore, &old_int);
  ::sigaction(SIGQUIT, &ignore, &old_quit);

  int exec_errno = 0;
  ssize_t got = 0;
  do {
    got = ::read(report[0], &exec_errno, sizeof exec_errno);
  } while (got < 0 && errno == EINTR);
  ::close(report[0]);

  int status = 0;
  pid_t waited = 0;
  do {
    waited = ::waitpid(pid, &status, 0);
  } while (waited < 0 && errno == EINTR);
  g_child = 0;
  ::sigaction(SIGTERM, &old_term, nullptr);
  ::sigaction(SIGHUP, &old_hup, nullptr);
  ::sigaction(SIGINT, &old_int, nullptr);
  ::sigaction(SIGQUIT, &old_quit, nullptr);

  if (got == sizeof exec_errno) {
    diag::error(fmt::format("cannot run '{}': {}", argv[0], std::strerror(exec_errno)));
    return exec_errno == ENOENT ? 127 : 126;
  }
  if (waited < 0) {
    return fail(ExitCode::internal, fmt::format("waiting for '{}' failed: {}", argv[0], std::strerror(errno)));
  }
  if (WIFEXITED(status)) {
    return WEXITSTATUS(status);
  }
  if (WIFSIGNALED(status)) {
    return 128 + WTERMSIG(status);
  }
  return 70;
}

} // namespace lrjwt::cmd

#include "lrjwt/util/interrupt.hpp"

#include <csignal>
#include <string_view>
#include <unistd.h>

namespace lrjwt::util {
namespace {

// Written by the main thread before g_have_terminal is set; read only by the handler.
termios g_terminal{};
int g_terminal_fd = -1;
volatile std::sig_atomic_t g_have_terminal = 0;

void write_stderr(std::string_view text)
{
  [[maybe_unused]] auto n = ::write(STDERR_FILENO, text.data(), text.size());
}

// Only async-signal-safe calls: tcsetattr, write, _exit.
void on_signal(int sig)
{
  if (g_have_terminal) {
    ::tcsetattr(g_terminal_fd, TCSAFLUSH, &g_terminal);
    // The prompt left the cursor after "Password: ".
    [[maybe_unused]] auto n = ::write(g_terminal_fd, "\n", 1);
  }
  write_stderr(sig == SIGINT ? "lrjwt: interrupted\n" : "lrjwt: terminated\n");
  ::_exit(128 + sig);
}

void install(int sig)
{
  struct sigaction old{};
  if (::sigaction(sig, nullptr, &old) != 0 || old.sa_handler == SIG_IGN) {
    return;
  }
  struct sigaction action{};
  action.sa_handler = on_signal;
  sigemptyset(&action.sa_mask);
  ::sigaction(sig, &action, nullptr);
}

} // namespace

void install_interrupt_handlers()
{
  install(SIGINT);
  install(SIGTERM);
}

void remember_terminal_state(int fd, const termios& state)
{
  g_have_terminal = 0;
  g_terminal = state;
  g_terminal_fd = fd;
  g_have_terminal = 1;
}

void forget_terminal_state()
{
  g_have_terminal = 0;
}

} // namespace lrjwt::util

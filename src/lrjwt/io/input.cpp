#include "lrjwt/io/input.hpp"

#include "lrjwt/util/interrupt.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace lrjwt::io {
namespace {

bool is_space(char c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

// Reads all of `fd` up to the limit; false on a read error.
bool read_all(int fd, std::string& out, bool& too_large)
{
  char buf[16384];
  for (;;) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n == 0) {
      return true;
    }
    if (n < 0) {
      if (errno == EINTR) {
        continue;
      }
      return false;
    }
    if (out.size() + std::size_t(n) > k_max_input_bytes) {
      too_large = true;
      return true;
    }
    out.append(buf, std::size_t(n));
  }
}

} // namespace

std::string strip_one_newline(std::string value)
{
  if (value.ends_with("\r\n")) {
    value.resize(value.size() - 2);
  } else if (value.ends_with('\n')) {
    value.pop_back();
  }
  return value;
}

std::string trim(std::string_view value)
{
  while (!value.empty() && is_space(value.front())) value.remove_prefix(1);
  while (!value.empty() && is_space(value.back())) value.remove_suffix(1);
  return std::string(value);
}

Result<void> refuse_control_chars(std::string_view value, std::string_view what)
{
  for (std::size_t i = 0; i < value.size(); ++i) {
    const auto c = static_cast<unsigned char>(value[i]);
    if (c < 0x20 || c == 0x7F) {
      return fail(ExitCode::usage, fmt::format("{} contains a control character (byte {} is 0x{:02X}); refusing it",
                                               what, i, unsigned(c)));
    }
  }
  return {};
}

std::optional<std::size_t> invalid_utf8_offset(std::string_view text)
{
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    unsigned lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      return i;
    }
    if (i + len > n) {
      return i;
    }
    if (s[i + 1] < lo || s[i + 1] > hi) {
      return i;
    }
    for (std::size_t k = 2; k < len; ++k) {
      if (s[i + k] < 0x80 || s[i + k] > 0xBF) {
        return i;
      }
    }
    i += len;
  }
  return std::nullopt;
}

Result<std::string> read_file_or_stdin(const std::string& path, std::string_view what)
{
  std::string out;
  bool too_large = false;
  if (path == "-") {
    if (!read_all(STDIN_FILENO, out, too_large)) {
      return fail(ExitCode::usage, fmt::format("{}: cannot read standard input: {}", what, std::strerror(errno)));
    }
  } else {
    // The path is echoed in messages below; a control character must not reach the terminal.
    if (auto plain = refuse_control_chars(path, what); !plain) {
      return std::unexpected(plain.error());
    }
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      return fail(ExitCode::usage, fmt::format("{}: cannot open '{}': {}", what, path, std::strerror(errno)));
    }
    const bool ok = read_all(fd, out, too_large);
    const int saved = errno;
    ::close(fd);
    if (!ok) {
      return fail(ExitCode::usage, fmt::format("{}: cannot read '{}': {}", what, path, std::strerror(saved)));
    }
  }
  if (too_large) {
    return fail(ExitCode::usage, fmt::format("{}: input is larger than {} bytes", what, k_max_input_bytes));
  }
  return out;
}

std::optional<std::string> env(const char* name)
{
  const char* v = std::getenv(name);
  if (!v) {
    return std::nullopt;
  }
  return std::string(v);
}

bool stdin_is_terminal()
{
  return ::isatty(STDIN_FILENO) == 1;
}

bool stdout_is_terminal()
{
  return ::isatty(STDOUT_FILENO) == 1;
}

bool stderr_is_terminal()
{
  return ::isatty(STDERR_FILENO) == 1;
}

Result<std::string> prompt_secret(std::string_view prompt)
{
  const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) {
    return fail(ExitCode::usage, "cannot open the terminal to ask for the password");
  }
  termios old{};
  const bool have_termios = ::tcgetattr(fd, &old) == 0;
  if (have_termios) {
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    quiet.c_lflag |= ECHONL;
    // Ctrl-C while echo is off must not leave the terminal silent.
    util::remember_terminal_state(fd, old);
    ::tcsetattr(fd, TCSAFLUSH, &quiet);
  }
  [[maybe_unused]] auto w = ::write(fd, prompt.data(), prompt.size());
  std::string line;
  char c = 0;
  bool ok = true;
  for (;;) {
    const ssize_t n = ::read(fd, &c, 1);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n <= 0) {
      ok = !line.empty();
      break;
    }
    if (c == '\n') {
      break;
    }
    if (line.size() >= k_max_input_bytes) {
      ok = false;
      break;
    }
    line += c;
  }
  if (have_termios) {
    ::tcsetattr(fd, TCSAFLUSH, &old);
    util::forget_terminal_state();
  }
  ::close(fd);
  if (!ok) {
    return fail(ExitCode::usage, "no password was entered");
  }
  if (line.ends_with('\r')) {
    line.pop_back();
  }
  return line;
}

} // namespace lrjwt::io

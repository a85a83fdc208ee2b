#pragma once

#include "lrjwt/util/error.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace lrjwt::io {

// Values read from files, stdin or the environment are refused above this size.
inline constexpr std::size_t k_max_input_bytes = 1024 * 1024;

// Drops one trailing "\n" or "\r\n" (what editors and .env files leave).
std::string strip_one_newline(std::string value);

// Drops surrounding ASCII whitespace (space, \t, \r, \n, \v, \f).
std::string trim(std::string_view value);

// Refuses control characters (< 0x20 and 0x7F); the message names `what`, never the value.
Result<void> refuse_control_chars(std::string_view value, std::string_view what);

// The byte offset of the first invalid UTF-8 sequence, or nullopt if valid.
std::optional<std::size_t> invalid_utf8_offset(std::string_view text);

// Reads a whole file ("-" = stdin) of at most k_max_input_bytes.
// `what` names the option in messages ("--password-file").
Result<std::string> read_file_or_stdin(const std::string& path, std::string_view what);

// Reads an environment variable; nullopt if unset.
std::optional<std::string> env(const char* name);

// True when standard input is a terminal.
bool stdin_is_terminal();

// True when standard output / error is a terminal.
bool stdout_is_terminal();
bool stderr_is_terminal();

// Prompts on the controlling terminal and reads one line without echo.
Result<std::string> prompt_secret(std::string_view prompt);

} // namespace lrjwt::io

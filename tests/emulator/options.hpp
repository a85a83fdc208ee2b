#pragma once

#include "faults.hpp"

#include <expected>
#include <string>
#include <vector>

namespace lrjwt::emulator {

// The command line, parsed into a plain struct.
struct Options {
  std::string host = "127.0.0.1";
  int port = 0;
  std::string config_file; // empty: the built-in demo configuration
  std::string tls_cert;
  std::string tls_key;
  std::vector<Fault> faults;
  bool help = false;
};

// Parses argv; the error is a one-line message for stderr (exit 2).
std::expected<Options, std::string> parse_options(int argc, char** argv);

std::string help_text();

} // namespace lrjwt::emulator

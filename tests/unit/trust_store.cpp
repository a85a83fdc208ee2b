#include "lrjwt/net/curl_transport.hpp"

#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;
using lrjwt::net::is_hashed_directory;

// Regression: a directory of bundle files without hash links (as Fedora's
// /etc/ssl/certs) was used as CAPATH, and every fetch failed verification.
TEST_CASE("net::is_hashed_directory")
{
  const fs::path dir = fs::temp_directory_path() / ("lrjwt-trust-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const auto touch = [&](const char* name) { std::ofstream(dir / name) << "x"; };

  CHECK_FALSE(is_hashed_directory((dir / "missing").c_str()));
  CHECK_FALSE(is_hashed_directory(dir.c_str())); // empty
  touch("ca-bundle.crt");
  touch("ca-bundle.trust.crt");
  touch("README");
  touch("5ad8a5d6.x");  // not a hash link: the suffix is a number
  touch("5ad8a5d.0");   // seven hex digits
  touch("5ad8a5dg.0");  // not hex
  CHECK_FALSE(is_hashed_directory(dir.c_str()));
  touch("5ad8a5d6.0");
  CHECK(is_hashed_directory(dir.c_str()));
  CHECK_FALSE(is_hashed_directory((dir / "README").c_str())); // a file, not a directory
  fs::remove_all(dir);
}

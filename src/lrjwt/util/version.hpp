#pragma once

#include <string>

namespace lrjwt::util {

// `lrjwt --version`: the version, the git commit it was built from, and the
// libcurl and OpenSSL versions in use (loaded at run time).
std::string version_text();

} // namespace lrjwt::util

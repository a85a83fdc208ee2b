#include "check.hpp"
#include "entries.hpp"

#include "lrjwt/config/profile.hpp"

#include <algorithm>

namespace lrjwt::fuzz {

// A config file: parse_profile_text for a fixed name and for the first few
// sections the text names. Errors are exit 2 with one line naming the file;
// every setting is a known key from a line of the text.
void profile(std::string_view data)
{
  std::vector<std::string> names = config::section_names(data);
  names.resize(std::min<std::size_t>(names.size(), 3));
  names.emplace_back("default");
  const auto& known = config::known_keys();
  for (const auto& name : names) {
    const auto parsed = config::parse_profile_text(data, name, "fuzz.toml");
    if (!parsed) {
      FUZZ_CHECK(parsed.error().code == ExitCode::usage);
      FUZZ_CHECK(parsed.error().message.find("fuzz.toml") != std::string::npos);
      continue;
    }
    FUZZ_CHECK(parsed->name == name);
    for (const auto& setting : parsed->settings) {
      FUZZ_CHECK(std::find(known.begin(), known.end(), setting.key) != known.end());
      FUZZ_CHECK(setting.line >= 1);
    }
  }
}

} // namespace lrjwt::fuzz

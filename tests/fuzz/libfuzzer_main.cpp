#include "entries.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

// One fuzz program: LRJWT_FUZZ_ENTRY names the entry (tests/fuzz/CMakeLists.txt).
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  lrjwt::fuzz::LRJWT_FUZZ_ENTRY(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}

# -DLRJWT_FUZZ=ON builds the libFuzzer programs of tests/fuzz, with the whole
# library instrumented for coverage, AddressSanitizer and UBSan. Use clang in a
# build tree of its own: CMAKE_CXX_COMPILER=clang++-16 (scripts/fuzz does).
option(LRJWT_FUZZ "Build the libFuzzer targets (needs clang >= 16)" OFF)
if(LRJWT_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang" OR CMAKE_CXX_COMPILER_VERSION VERSION_LESS 16)
    message(FATAL_ERROR "LRJWT_FUZZ needs clang >= 16 (clang++-16 from Debian 12), not "
                        "${CMAKE_CXX_COMPILER_ID} ${CMAKE_CXX_COMPILER_VERSION}: libstdc++ 12's <expected> "
                        "needs conditionally trivial special members (P0848), which clang 14 lacks")
  endif()
  # Clang 16-18 implement P0848 but still advertise __cpp_concepts 201907, so
  # libstdc++ hides std::expected from them; claim the value they support.
  if(CMAKE_CXX_COMPILER_VERSION VERSION_LESS 19)
    add_compile_options(-D__cpp_concepts=202002L -Wno-macro-redefined)
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=all)
  add_link_options(-fsanitize=address,undefined)
endif()

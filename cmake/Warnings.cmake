# Project-wide warning flags (house style §10), applied through an interface target.
add_library(lrjwt_warnings INTERFACE)
target_compile_options(lrjwt_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wnull-dereference -Wextra-semi)
if(LRJWT_WERROR)
  target_compile_options(lrjwt_warnings INTERFACE -Werror)
endif()

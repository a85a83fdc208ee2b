# -DLRJWT_SANITIZE=address,undefined instruments everything that is built.
set(LRJWT_SANITIZE "" CACHE STRING "Comma-separated sanitizers (e.g. address,undefined)")
if(LRJWT_SANITIZE)
  add_compile_options(-fsanitize=${LRJWT_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=${LRJWT_SANITIZE})
endif()

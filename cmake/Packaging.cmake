# Installs the man page (the program and the completions install themselves) and
# describes the Debian package: `cpack -G DEB` in the build tree.
# `cmake --install` puts exactly bin/lrjwt, the man page and the three completion
# scripts under the prefix; the emulator and the tests are never installed.
include(GNUInstallDirs)
install(FILES ${PROJECT_SOURCE_DIR}/man/lrjwt.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

set(CPACK_PACKAGE_NAME lrjwt)
set(CPACK_PACKAGE_VENDOR "lrjwt maintainers")
set(CPACK_PACKAGE_CONTACT "lrjwt maintainers <maintainers@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "command-line client for the LoginRadius JWT API")
set(CPACK_PACKAGE_DESCRIPTION
  "lrjwt fetches a JWT for a user (by username, email or phone plus password, or by exchanging a LoginRadius access token), prints it the way a script needs it, and decodes and verifies JWTs.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://www.loginradius.com/")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# dpkg-shlibdeps (dpkg-dev) derives Depends from the libraries lrjwt links:
# libc6, libstdc++6, libgcc-s1, libssl3, libfmt9 on Debian 12. libcurl is
# loaded with dlopen (net/curl_library.cpp), which shlibdeps cannot see, so it
# is named here; ca-certificates provides the /etc/ssl/certs store it reads.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libcurl4 (>= 7.85), ca-certificates")
include(CPack)

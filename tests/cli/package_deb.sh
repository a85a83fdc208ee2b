#!/usr/bin/env bash
# cpack -G DEB builds a .deb that holds under /usr exactly what cmake --install
# installs, and whose Depends names the libraries lrjwt links (dpkg-shlibdeps) and loads.
# common.sh clears LRJWT_* variables: take the build tree's location first.
BUILD_DIR=${LRJWT_BUILD_DIR:?LRJWT_BUILD_DIR must point at the build tree}
. "$(dirname "$0")/lib/common.sh"

# CPack's own install step would first build the "preinstall" target in the build
# tree, rebuilding it under the other tests' feet. Instead, stage what
# `cmake --install --strip` puts under /usr and let CPack package that directory,
# with everything else (name, Depends via dpkg-shlibdeps) from the build's CPackConfig.
stage="$TEST_TMP/stage"
out="$TEST_TMP/deb"
cmake --install "$BUILD_DIR" --prefix "$stage/usr" --strip >"$TEST_TMP/install.log" 2>&1 ||
  fail "cmake --install failed: $(cat "$TEST_TMP/install.log")"
cpack -G DEB --config "$BUILD_DIR/CPackConfig.cmake" -B "$out" \
  -D CPACK_INSTALL_CMAKE_PROJECTS= -D "CPACK_INSTALLED_DIRECTORIES=$stage;." >"$TEST_TMP/cpack.log" 2>&1 ||
  fail "cpack failed: $(cat "$TEST_TMP/cpack.log")"
deb=$(find "$out" -maxdepth 1 -name 'lrjwt_*.deb')
[ -n "$deb" ] && [ "$(echo "$deb" | wc -l)" -eq 1 ] || fail "expected one lrjwt_*.deb in $out: $(ls "$out")"

info=$(dpkg-deb -I "$deb")
depends=$(printf '%s\n' "$info" | sed -n 's/^ Depends: //p')
[ -n "$depends" ] || fail "no Depends in: $info"
# libcurl is dlopened, so it is named by hand; the rest follows what lrjwt links
# (libc alone when libcrypto and libstdc++ are static, the default).
want_libs="libc6 libcurl4 ca-certificates"
linked=$(ldd "$BUILD_DIR/lrjwt")
case "$linked" in *libcrypto.so*) want_libs+=" libssl3" ;; esac
case "$linked" in *libstdc++.so*) want_libs+=" libstdc++6" ;; esac
for lib in $want_libs; do
  case ", $depends," in *", $lib "*|*", $lib,"*) ;; *) fail "Depends lacks $lib: $depends" ;; esac
done
printf '%s\n' "$info" | grep -q '^ Package: lrjwt$' || fail "not package lrjwt: $info"

files=$(dpkg-deb -c "$deb" | awk '$1 !~ /^d/ { print $6 }' | sed 's|^\./||' | sort)
want=$(printf '%s\n' usr/bin/lrjwt usr/share/bash-completion/completions/lrjwt \
  usr/share/fish/vendor_completions.d/lrjwt.fish usr/share/man/man1/lrjwt.1 usr/share/zsh/site-functions/_lrjwt | sort)
[ "$files" = "$want" ] || fail "files in the .deb differ:
$(diff <(echo "$want") <(echo "$files"))"

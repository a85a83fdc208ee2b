#!/usr/bin/env bash
# cmake --install puts exactly the program, the man page and the three completion
# scripts under the prefix (never the emulator, the tests or the library), and the
# installed scripts are the ones `lrjwt completion SHELL` prints.
# common.sh clears LRJWT_* variables: take the build tree's location first.
BUILD_DIR=${LRJWT_BUILD_DIR:?LRJWT_BUILD_DIR must point at the build tree}
. "$(dirname "$0")/lib/common.sh"

prefix="$TEST_TMP/prefix"
cmake --install "$BUILD_DIR" --prefix "$prefix" >"$TEST_TMP/install.log" 2>&1 ||
  fail "cmake --install failed: $(cat "$TEST_TMP/install.log")"
got=$(cd "$prefix" && find . \( -type f -o -type l \) | sed 's|^\./||' | sort)
want=$(printf '%s\n' bin/lrjwt share/bash-completion/completions/lrjwt share/fish/vendor_completions.d/lrjwt.fish \
  share/man/man1/lrjwt.1 share/zsh/site-functions/_lrjwt | sort)
[ "$got" = "$want" ] || fail "installed files differ:
$(diff <(echo "$want") <(echo "$got"))"

[ -x "$prefix/bin/lrjwt" ] || fail "bin/lrjwt is not executable"
"$prefix/bin/lrjwt" --help >/dev/null || fail "the installed lrjwt does not run"
"$prefix/bin/lrjwt" completion bash | cmp -s - "$prefix/share/bash-completion/completions/lrjwt" ||
  fail "the installed bash script is not what lrjwt completion bash prints"
"$prefix/bin/lrjwt" completion zsh | cmp -s - "$prefix/share/zsh/site-functions/_lrjwt" ||
  fail "the installed zsh script is not what lrjwt completion zsh prints"
"$prefix/bin/lrjwt" completion fish | cmp -s - "$prefix/share/fish/vendor_completions.d/lrjwt.fish" ||
  fail "the installed fish script is not what lrjwt completion fish prints"

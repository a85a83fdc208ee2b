#!/usr/bin/env bash
# `lrjwt completion SHELL` prints completions/ byte for byte (embedded at build time);
# without a shell, or with another one, it is a usage error.
# common.sh clears LRJWT_* variables: take the source tree's location first.
SOURCE_DIR=${LRJWT_SOURCE_DIR:?LRJWT_SOURCE_DIR must point at the source tree}
. "$(dirname "$0")/lib/common.sh"

for pair in bash:lrjwt.bash zsh:_lrjwt fish:lrjwt.fish; do
  shell=${pair%%:*}
  file="$SOURCE_DIR/completions/${pair#*:}"
  set +e
  "$LRJWT_BIN" completion "$shell" >"$TEST_TMP/script" 2>"$TEST_TMP/err"
  RC=$?
  set -e
  [ "$RC" -eq 0 ] || fail "lrjwt completion $shell exited $RC: $(cat "$TEST_TMP/err")"
  [ ! -s "$TEST_TMP/err" ] || fail "lrjwt completion $shell wrote to stderr: $(cat "$TEST_TMP/err")"
  cmp -s "$TEST_TMP/script" "$file" || fail "lrjwt completion $shell differs from $file (rebuild?)"
done

# Each script at least parses in its own shell.
"$LRJWT_BIN" completion bash | bash -n || fail "the bash script does not parse"
"$LRJWT_BIN" completion zsh | zsh -n || fail "the zsh script does not parse"
"$LRJWT_BIN" completion fish | fish --no-execute || fail "the fish script does not parse"

run completion
expect_rc 2
expect_stdout_empty
run completion tcsh
expect_rc 2
expect_stdout_empty

# Corrupt, truncated, foreign or over-permissive cache entries are ignored with a warning and replaced.
. "$(dirname "$0")/lib/common.sh"
start_emulator
export LRJWT_APIKEY=$DEMO_APIKEY LRJWT_JWTAPP=$DEMO_APP LRJWT_BASE_URL=$EMU_URL LRJWT_ACCESS_TOKEN=$DEMO_ACCESS_TOKEN
export LRJWT_CACHE_DIR=$TEST_TMP/cache

run token --cache
expect_rc 0
entry=$(ls "$LRJWT_CACHE_DIR"/*.json)
good=$(cat "$entry")

expect_refetch() {
  local what=$1 before
  before=$(request_count)
  run token --cache
  expect_rc 0
  case "$OUT" in eyJ*.*.*) ;; *) fail "$what: no JWT" ;; esac
  expect_err_contains "warning:"
  [ "$(request_count)" -eq $((before + 1)) ] || fail "$what: not refetched"
  # The entry was replaced by a good one: the next run is a silent hit.
  run token --cache
  [ -z "$ERR" ] || fail "$what: not replaced: $ERR"
  [ "$(request_count)" -eq $((before + 1)) ] || fail "$what: replaced entry not used"
}

printf 'garbage' >"$entry"; expect_refetch corrupt
head -c 40 <<<"$good" >"$entry"; expect_refetch truncated
: >"$entry"; expect_refetch empty
# A valid entry of another key copied under this key's name.
jq -c '.key = "0000000000000000000000000000000000000000000000000000000000000000"' <<<"$good" >"$entry"
expect_refetch foreign
chmod 644 "$entry"; expect_refetch "group-readable"
[ "$(stat -c %a "$entry")" = 600 ] || fail "replacement is not 0600"
rm "$entry"; ln -s /etc/passwd "$entry"; expect_refetch symlink

# A directory that others can read is not trusted: warning, fetch, nothing stored there.
chmod 755 "$LRJWT_CACHE_DIR"
before=$(request_count)
run token --cache
expect_rc 0
expect_err_contains "not using it"
run token --cache
[ "$(request_count)" -eq $((before + 2)) ] || fail "an over-permissive directory was used"

# An unwritable cache never fails the command when the network works.
LRJWT_CACHE_DIR=/proc/no-such-dir run token --cache
expect_rc 0
expect_err_contains "warning:"

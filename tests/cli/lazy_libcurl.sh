# libcurl is loaded only when a command goes to the network (issue 7): decode,
# verify with a key file and a cache hit never load it; a missing or unusable
# libcurl is one clear error (exit 70) for the commands that need it.
. "$(dirname "$0")/lib/common.sh"
start_emulator
export LRJWT_APIKEY=$DEMO_APIKEY LRJWT_JWTAPP=$DEMO_APP LRJWT_BASE_URL=$EMU_URL LRJWT_ACCESS_TOKEN=$DEMO_ACCESS_TOKEN
export LRJWT_CACHE_DIR=$TEST_TMP/cache

# loaded_libs ARGS...: runs lrjwt with the dynamic loader's file trace; sets LIBS.
loaded_libs() {
  set +e
  LD_DEBUG=files LD_DEBUG_OUTPUT=$TEST_TMP/ld "$LRJWT_BIN" "$@" >"$TEST_TMP/out" 2>"$TEST_TMP/err"
  RC=$?
  set -e
  LIBS=$(cat "$TEST_TMP"/ld.* 2>/dev/null | sed -n 's/.*file=\([^ ]*\).*/\1/p' | sort -u)
  rm -f "$TEST_TMP"/ld.*
}

loaded_libs token
[ "$RC" -eq 0 ] || fail "token failed: $(cat "$TEST_TMP/err")"
case "$LIBS" in *libcurl*) ;; *) fail "token did not load libcurl: $LIBS" ;; esac
jwt=$(cat "$TEST_TMP/out")

loaded_libs decode "$jwt"
[ "$RC" -eq 0 ] || fail "decode failed: $(cat "$TEST_TMP/err")"
case "$LIBS" in *libcurl*) fail "decode loaded libcurl: $LIBS" ;; esac

printf '%s' "$DEMO_SECRET" >"$TEST_TMP/secret"
loaded_libs verify --secret-file "$TEST_TMP/secret" "$jwt"
[ "$RC" -eq 0 ] || fail "verify failed: $(cat "$TEST_TMP/err")"
case "$LIBS" in *libcurl*) fail "verify loaded libcurl: $LIBS" ;; esac

run token --cache
expect_rc 0
loaded_libs token --cache
[ "$RC" -eq 0 ] || fail "cache hit failed: $(cat "$TEST_TMP/err")"
[ "$(request_count)" -eq 2 ] || fail "expected 2 requests (token, cold cache), got $(request_count)"
case "$LIBS" in *libcurl*) fail "a cache hit loaded libcurl: $LIBS" ;; esac

# A libcurl.so.4 that lacks the functions lrjwt needs: one error line, exit 70, nothing on stdout.
mkdir "$TEST_TMP/fake"
printf 'int not_curl(void) { return 0; }\n' >"$TEST_TMP/fake/f.c"
if cc -shared -fPIC -o "$TEST_TMP/fake/libcurl.so.4" "$TEST_TMP/fake/f.c" 2>/dev/null \
  || g++ -shared -fPIC -x c -o "$TEST_TMP/fake/libcurl.so.4" "$TEST_TMP/fake/f.c"; then
  LD_LIBRARY_PATH=$TEST_TMP/fake run token
  expect_rc 70
  expect_stdout_empty
  expect_one_error_line
  expect_err_contains "libcurl"
  # decode does not care.
  LD_LIBRARY_PATH=$TEST_TMP/fake run decode "$jwt"
  expect_rc 0
else
  fail "no C compiler to build the fake libcurl"
fi
echo ok

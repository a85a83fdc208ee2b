# verify's time and claim checks: exp/nbf boundaries with --leeway (valid iff now < exp + leeway and
# now >= nbf - leeway), --at as epoch seconds or RFC 3339, and --iss/--aud/--sub/--require mismatches
# (exit 8) with messages that say what was found and what was expected.
. "$(dirname "$0")/lib/common.sh"
TOOL_DIR=$(cd "$(dirname "$0")" && pwd)
cd "$TEST_TMP"
jose() { /usr/bin/python3 "$TOOL_DIR/lib/jose_tool.py" "$@"; }
export S=check-secret-0123456789abcdef0123
exp=2000000000   # 2033-05-18T03:33:20Z
nbf=1999999000
jwt=$(jose sign HS256 "secret:$S" \
  '{"iss":"https://issuer.example/","sub":"u-7","aud":["app-a","app-b"],"exp":'$exp',"nbf":'$nbf',"email":"a@b.c"}')
v() { run verify "$jwt" --secret-env S "$@"; }

# exp boundary: exp - 1 valid, exp expired; leeway moves it.
v --at $((exp - 1)); expect_rc 0; expect_out_contains "expires in 1s"
v --at $exp; expect_rc 7; expect_err_contains "token expired 0s ago as of 2033-05-18T03:33:20Z"
v --at $((exp + 192)); expect_rc 7; expect_err_contains "token expired 3m 12s ago"
v --at $((exp + 29)) --leeway 30; expect_rc 0
v --at $((exp + 30)) --leeway 30; expect_rc 7; expect_err_contains "leeway 30s"
LRJWT_LEEWAY=30 run verify "$jwt" --secret-env S --at $((exp + 29)); expect_rc 0

# nbf boundary: nbf valid, nbf - 1 not yet; leeway moves it.
v --at $nbf; expect_rc 0
v --at $((nbf - 1)); expect_rc 7; expect_err_contains "token not valid before 2033-05-18T03:16:40Z (in 1s"
v --at $((nbf - 300)); expect_rc 7; expect_err_contains "(in 5m"
v --at $((nbf - 10)) --leeway 10; expect_rc 0
v --at $((nbf - 11)) --leeway 10; expect_rc 7

# --at as RFC 3339, with offsets; nonsense is a usage error.
v --at 2033-05-18T03:33:19Z; expect_rc 0
v --at 2033-05-18T05:33:19+02:00; expect_rc 0
v --at 2033-05-18T03:33:20Z; expect_rc 7
v --at tomorrow; expect_rc 2; expect_err_contains "--at"
v --at 2033-02-30T00:00:00Z; expect_rc 2
v --leeway -1; expect_rc 2
v; expect_rc 7   # without --at: now is years before nbf
expect_err_contains "not valid before"

at=--at=$((nbf + 10))
# Claims that match.
v $at --iss https://issuer.example/ --sub u-7 --aud app-b --require email --require aud; expect_rc 0
# Mismatches: exit 8, one line naming both values.
mismatch() { v $at "$@"; expect_rc 8; expect_stdout_empty; expect_one_error_line; }
mismatch --iss https://other.example/
expect_err_contains 'iss is "https://issuer.example/", expected "https://other.example/"'
mismatch --sub u-8; expect_err_contains 'sub is "u-7", expected "u-8"'
mismatch --aud app-c; expect_err_contains 'aud is ["app-a","app-b"], expected "app-c"'
mismatch --require phone; expect_err_contains 'required claim "phone" is missing'
mismatch --aud app-a --require email --require roles; expect_err_contains '"roles"'
LRJWT_ISS=https://x.example/ run verify "$jwt" --secret-env S $at; expect_rc 8

# Expiry is judged before the claims.
v --at $((exp + 1)) --iss nobody; expect_rc 7

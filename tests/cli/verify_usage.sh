# verify's command line: exactly one key source, no secret on argv, the token from argv, "-", standard
# input or after "--"; usage errors exit 2 with one line and nothing on stdout; secrets never echoed.
. "$(dirname "$0")/lib/common.sh"
cd "$TEST_TMP"
export S=usage-secret-0123456789abcdef012
# {"sub":"x"} signed HS256 with $S (no exp: never expires).
jwt=$(/usr/bin/python3 -c 'import jwt,sys; print(jwt.encode({"sub":"x"}, sys.argv[1], algorithm="HS256"))' "$S")
printf '%s\n' "$S" >secret.txt

usage() { # MESSAGE ARGS...
  local message=$1
  shift
  run "$@"
  expect_rc 2
  expect_stdout_empty
  expect_one_error_line
  expect_err_contains "$message"
  case "$ERR" in *"$S"*) fail "secret echoed: $ERR" ;; esac
}
usage "verify needs a key" verify "$jwt"
usage "give one key source, not --secret-env and --key" verify "$jwt" --secret-env S --key x.pem
usage "give one key source, not --secret-file and --jwks" verify "$jwt" --secret-file secret.txt --jwks j.json
usage "--secret-base64 applies to" verify "$jwt" --key x.pem --secret-base64
usage "--secret-env: NOPE is not set" verify "$jwt" --secret-env NOPE
usage "--secret-file: cannot open 'missing.txt'" verify "$jwt" --secret-file missing.txt
usage "--key: cannot open" verify "$jwt" --key missing.pem
usage "--alg none: unsigned tokens are never accepted" verify "$jwt" --secret-env S --alg none
usage "--alg HS257 is not supported" verify "$jwt" --secret-env S --alg HS257
usage "give the token as an argument" verify --secret-stdin
usage "--secret" verify "$jwt" --secret "$S"
printf 'not base64!' >bad.b64
usage "is not base64" verify "$jwt" --secret-file bad.b64 --secret-base64
printf -- '-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n' >priv.pem
usage "holds a private key" verify "$jwt" --key priv.pem

# The token: argv, "-", standard input, after "--", with a trailing newline.
run verify "$jwt" --secret-file secret.txt
expect_rc 0
expect_out_contains "valid: HS256 signature, no exp claim (never expires)"
run_in "$jwt"$'\n' verify - --secret-env S
expect_rc 0
run_in "$jwt" verify --secret-env S
expect_rc 0
run verify --secret-env S -- "$jwt"
expect_rc 0
run_in "$S" verify --secret-stdin "$jwt"
expect_rc 0
run verify </dev/null --secret-env S
expect_rc 5

# Strict parsing: what decode forgives, verify refuses (exit 5).
head=${jwt%%.*} payload=${jwt#*.} sig=${jwt##*.}
payload=${payload%%.*}
padding=$(printf '%*s' $(((4 - ${#payload} % 4) % 4)) '' | tr ' ' '=')
[ -n "$padding" ] || fail "test token needs a payload that pads"
run verify "$head.$payload$padding.$sig" --secret-env S
expect_rc 5
expect_err_contains "segment 2"
run decode "$head.$payload$padding.$sig"
expect_rc 0
dup=$(/usr/bin/python3 -c '
import base64, hmac, hashlib, sys
b = lambda s: base64.urlsafe_b64encode(s).rstrip(b"=").decode()
si = b(b"{\"alg\":\"HS256\"}") + "." + b(b"{\"sub\":\"x\",\"sub\":\"admin\"}")
print(si + "." + b(hmac.new(sys.argv[1].encode(), si.encode(), hashlib.sha256).digest()))' "$S")
run verify "$dup" --secret-env S
expect_rc 5
expect_err_contains "sub"

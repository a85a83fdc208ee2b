# The leak tests' setup: an emulator configuration with marker secrets, and a recorder of runs.
# Source after common.sh, faults.sh and fault_matrix.sh.
PW=pw-MARKER-7c1
AT=at-MARKER-91d
HS=hs-MARKER-5e2
APIKEY=a1b2c3d4-0000-4000-8000-00000000c0de
cat >"$TEST_TMP/config.json" <<JSON
{
  "apikey": "$APIKEY",
  "issuer": "https://leak.example/",
  "token_lifetime": 600,
  "apps": [{"name": "leaky", "alg": "HS256", "secret": "$HS"},
           {"name": "leaky-512", "alg": "HS512", "secret": "$HS-512"}],
  "users": [
    {"uid": "u-1", "username": "ada", "email": "ada@example.com", "phone": "+15555550100",
     "password": "$PW", "email_verified": true, "phone_verified": true, "blocked": false},
    {"uid": "u-2", "username": "grace", "email": "grace@example.com", "phone": "+15555550101",
     "password": "$PW-grace", "email_verified": false, "phone_verified": false, "blocked": false},
    {"uid": "u-3", "username": "mallory", "email": "mallory@example.com",
     "password": "$PW-mallory", "email_verified": true, "phone_verified": true, "blocked": true}
  ],
  "access_tokens": [
    {"token": "$AT", "uid": "u-1", "expires_at": 0},
    {"token": "$AT-expired", "uid": "u-1", "expires_at": 1}
  ]
}
JSON
start_emulator --config "$TEST_TMP/config.json"
export LRJWT_BASE_URL=$EMU_URL LRJWT_APIKEY=$APIKEY LRJWT_JWTAPP=leaky

LOG=$TEST_TMP/leak
mkdir -p "$LOG"
N=0
# scenario KIND INPUT ARGS...: runs lrjwt with INPUT on stdin (- for none) and keeps stdout and
# stderr. KIND "jwt" marks a run whose stdout is meant to carry the JWT.
scenario() {
  local kind=$1 input=$2
  shift 2
  N=$((N + 1))
  printf '%s\n' "$*" >"$LOG/$N.cmd"
  set +e
  if [ "$input" = - ]; then
    "$LRJWT_BIN" "$@" </dev/null >"$LOG/$N.out" 2>"$LOG/$N.err"
  else
    printf '%s' "$input" | "$LRJWT_BIN" "$@" >"$LOG/$N.out" 2>"$LOG/$N.err"
  fi
  echo $? >"$LOG/$N.rc"
  set -e
  [ "$kind" = jwt ] && touch "$LOG/$N.jwt"
  return 0
}

printf '%s\n' "$PW" >"$TEST_TMP/pw"
printf '%s\n' "$AT" >"$TEST_TMP/at"
RAW_RUN=0
SIGNATURE=""

# check_leaks: fails if any recorded run printed a marker, the whole API key, or a JWT
# signature outside the requested output.
check_leaks() {
  echo "checked $N runs"
  for ((i = 1; i <= N; i++)); do
    what="run $i ($(cat "$LOG/$i.cmd"), exit $(cat "$LOG/$i.rc"))"
    for f in "$LOG/$i.out" "$LOG/$i.err"; do
      if grep -q MARKER "$f"; then fail "$what: a secret marker in ${f##*.}: $(grep MARKER "$f")"; fi
      if grep -q "$APIKEY" "$f"; then fail "$what: the whole API key in ${f##*.}"; fi
    done
    # A signed JWT (three segments, the third not empty) is allowed on stdout of a -o raw/json/header/env run only.
    signed='eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+'
    if grep -Eq "$signed" "$LOG/$i.err"; then fail "$what: a signed JWT on stderr: $(cat "$LOG/$i.err")"; fi
    if [ ! -e "$LOG/$i.jwt" ] && grep -Eq "$signed" "$LOG/$i.out"; then
      fail "$what: a signed JWT on stdout: $(cat "$LOG/$i.out")"
    fi
    if [ -e "$LOG/$i.jwt" ]; then
      [ "$(cat "$LOG/$i.rc")" -eq 0 ] || fail "$what failed: $(cat "$LOG/$i.err")"
      sig=$(grep -Eo "$signed" "$LOG/$i.out" | head -n1 | cut -d. -f3)
      [ -n "$sig" ] || fail "$what: no JWT on stdout"
      if grep -qF -- "$sig" "$LOG/$i.err"; then fail "$what: its JWT signature on stderr"; fi
    fi
    if [ -n "$SIGNATURE" ] && [ "$i" -ne "$RAW_RUN" ] && grep -qF -- "$SIGNATURE" "$LOG/$i.out" "$LOG/$i.err"; then
      fail "$what: the signature of run $RAW_RUN's JWT"
    fi
  done
  # The secrets did reach the server, so the checks above looked at runs that used them.
  curl -s "$EMU_URL/__emulator/requests" | grep -q -e "$PW" -e "$AT" || fail "no secret ever reached the emulator"
}

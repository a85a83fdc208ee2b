# No password, access token or HMAC secret ever reaches stdout or stderr, and a JWT's signature
# shows only where the JWT itself is the requested output (-o raw, json, header, env): never on
# stderr (-v, warnings, errors), in --dry-run, -o decoded or an error message. Covers success in
# every output format, -v, --dry-run, every password and token source, and every LoginRadius
# error the emulator gives. (leak_markers_faults.sh covers the faults.)
. "$(dirname "$0")/lib/common.sh"
. "$(dirname "$0")/lib/faults.sh"
. "$(dirname "$0")/lib/fault_matrix.sh"
. "$(dirname "$0")/lib/leak.sh"

for format in raw json header env decoded; do
  kind=jwt
  [ "$format" = decoded ] && kind=text
  for verbose in "" -v; do
    LRJWT_PASSWORD=$PW scenario "$kind" - login --username ada -o "$format" $verbose
    scenario "$kind" "$PW" login --email ada@example.com --password-stdin -o "$format" $verbose
    scenario "$kind" - login --phone +15555550100 --password-file "$TEST_TMP/pw" -o "$format" $verbose
    LRJWT_ACCESS_TOKEN=$AT scenario "$kind" - token -o "$format" $verbose
    scenario "$kind" "$AT" token --access-token-file - -o "$format" $verbose
    scenario "$kind" - token --access-token-file "$TEST_TMP/at" -o "$format" --api hub $verbose
    LRJWT_PASSWORD=$PW scenario text - login --username ada -o "$format" --dry-run $verbose
    scenario text - token --access-token "$AT" -o "$format" --dry-run $verbose
  done
done
# The JWT of one -o raw run: its signature must show up in that run's stdout and nowhere else.
scenario jwt - token --access-token "$AT" -o raw
RAW_RUN=$N
SIGNATURE=$(cut -d. -f3 "$LOG/$RAW_RUN.out")
[ -n "$SIGNATURE" ] || fail "no JWT from the -o raw run"

# Every LoginRadius error the emulator can give, with and without -v.
for verbose in "" -v; do
  scenario text - login --username ada --password-file "$TEST_TMP/pw" --apikey 99999999-0000-4000-8000-000000000000 $verbose
  scenario text - login --username ada --password-file "$TEST_TMP/pw" --apikey "not-a-guid-$PW" $verbose
  scenario text - login --username ada --password-file "$TEST_TMP/pw" --jwtapp no-such-app $verbose
  scenario text "$PW" login --username nobody --password-stdin $verbose
  scenario text "$PW-wrong" login --username ada --password-stdin $verbose
  scenario text "$PW-grace" login --email grace@example.com --password-stdin $verbose
  scenario text "$PW-grace" login --phone +15555550101 --password-stdin $verbose
  scenario text "$PW-mallory" login --username mallory --password-stdin $verbose
  scenario text "$PW" login --api hub --username ada --password-stdin --jwtapp nope $verbose
  scenario text - token --access-token "$AT-unknown" $verbose
  scenario text - token --access-token "$AT-expired" $verbose
  scenario text - token --access-token "$AT" --api hub --jwtapp nope $verbose
  scenario text - token --access-token "$AT" --base-url "$EMU_URL/wrong/path" $verbose
done

check_leaks

# HTTPS_PROXY tunnels https:// requests through CONNECT: the proxy sees only host and port, the
# certificate is still verified end to end.
. "$(dirname "$0")/lib/common.sh"
. "$(dirname "$0")/lib/proxy.sh"
cd "$TEST_TMP"
openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 2 -subj "/CN=lrjwt test CA" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -keyout srv.key -out srv.csr -subj "/CN=127.0.0.1" 2>/dev/null
printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' >ext.cnf
openssl x509 -req -in srv.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out srv.pem -days 2 -extfile ext.cnf 2>/dev/null
start_emulator --tls-cert srv.pem --tls-key srv.key
start_proxy
export LRJWT_BASE_URL=$EMU_URL LRJWT_APIKEY=$DEMO_APIKEY LRJWT_JWTAPP=$DEMO_APP
export LRJWT_ACCESS_TOKEN=$DEMO_ACCESS_TOKEN LRJWT_PASSWORD=$DEMO_PASSWORD LRJWT_CACERT=$TEST_TMP/ca.pem

for proxy_var in HTTPS_PROXY https_proxy ALL_PROXY; do
  before=$(proxied_count)
  env "$proxy_var=$PROXY_URL" "$LRJWT_BIN" token >out 2>err || fail "$proxy_var: $(cat err)"
  grep -q '^eyJ' out || fail "$proxy_var: no JWT"
  [ $(($(proxied_count) - before)) -eq 1 ] || fail "$proxy_var: not proxied: $(cat "$PROXY_LOG")"
done
tail -n1 "$PROXY_LOG" | grep -qx "CONNECT 127.0.0.1:${EMU_URL##*:}" || fail "proxy log: $(cat "$PROXY_LOG")"
grep -q "$DEMO_ACCESS_TOKEN" "$PROXY_LOG" && fail "the proxy saw the access token"

HTTPS_PROXY=$PROXY_URL run login --username ada
expect_rc 0

# Through the tunnel the certificate is still checked.
HTTPS_PROXY=$PROXY_URL LRJWT_CACERT= run token --retries 0
expect_rc 3
expect_stdout_empty
expect_one_error_line
expect_err_contains "--cacert"

# NO_PROXY bypasses the proxy for https as well.
before=$(proxied_count)
HTTPS_PROXY=$PROXY_URL NO_PROXY=127.0.0.1 run token
expect_rc 0
[ "$(proxied_count)" -eq "$before" ] || fail "NO_PROXY ignored"

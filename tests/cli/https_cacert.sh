# Over HTTPS, a certificate from an unknown CA is refused (exit 3) unless --cacert names that CA.
. "$(dirname "$0")/lib/common.sh"
cd "$TEST_TMP"
openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 2 -subj "/CN=lrjwt test CA" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -keyout srv.key -out srv.csr -subj "/CN=127.0.0.1" 2>/dev/null
printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' >ext.cnf
openssl x509 -req -in srv.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out srv.pem -days 2 -extfile ext.cnf 2>/dev/null
start_emulator --tls-cert srv.pem --tls-key srv.key
case "$EMU_URL" in https://*) ;; *) fail "not https: $EMU_URL" ;; esac
export LRJWT_APIKEY=$DEMO_APIKEY LRJWT_JWTAPP=$DEMO_APP LRJWT_BASE_URL=$EMU_URL LRJWT_ACCESS_TOKEN=$DEMO_ACCESS_TOKEN

run token
expect_rc 3
expect_stdout_empty
expect_one_error_line
expect_err_contains "127.0.0.1"
expect_err_contains "--cacert"

run token --cacert ca.pem
expect_rc 0
case "$OUT" in eyJ*) ;; *) fail "no JWT over TLS" ;; esac
LRJWT_CACERT=ca.pem run token
expect_rc 0

run token --insecure
expect_rc 0
expect_err_contains "warning: --insecure"

# A CA that did not sign the server's certificate is refused too.
openssl req -x509 -newkey rsa:2048 -nodes -keyout other.key -out other.pem -days 2 -subj "/CN=other" 2>/dev/null
run token --cacert other.pem
expect_rc 3

# Without --cacert the system store is read as a hashed directory: $SSL_CERT_DIR
# when set (the OpenSSL convention), else /etc/ssl/certs; never the whole bundle.
mkdir certdir
cp ca.pem certdir/
openssl rehash certdir 2>/dev/null || c_rehash certdir >/dev/null
SSL_CERT_DIR=$TEST_TMP/certdir run token
expect_rc 0
case "$OUT" in eyJ*) ;; *) fail "no JWT with SSL_CERT_DIR" ;; esac
# --cacert wins over SSL_CERT_DIR.
SSL_CERT_DIR=$TEST_TMP/certdir run token --cacert other.pem
expect_rc 3
# A directory without the CA is refused like the default store.
mkdir emptydir
SSL_CERT_DIR=$TEST_TMP/emptydir run token
expect_rc 3
expect_err_contains "--cacert"

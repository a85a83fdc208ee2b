# verify refuses forged tokens with exit 6 and one error line: alg none in any spelling, an HS256 token
# signed with the RSA public key PEM (algorithm confusion), DER-encoded and wrong-length ES signatures, a
# header alg other than --alg, a tampered payload, a wrong secret.
. "$(dirname "$0")/lib/common.sh"
TOOL_DIR=$(cd "$(dirname "$0")" && pwd)
cd "$TEST_TMP"
jose() { /usr/bin/python3 "$TOOL_DIR/lib/jose_tool.py" "$@"; }

mkdir rsa ec
jose keygen rsa2048 rsa
jose keygen ec256 ec
now=$(date +%s)
claims='{"sub":"u-0001","exp":'$((now + 600))'}'
printf 'top-secret-value-of-32-bytes!!!!' >secret.txt
jq -c '.kid = "rsa-1"' rsa/pub.jwk >rsa/kid.jwk
printf '{"keys":[%s]}' "$(cat rsa/kid.jwk)" >jwks.json

refused() { # WHAT EXPECTED-MESSAGE ARGS...
  local what=$1 message=$2
  shift 2
  run verify "$@"
  [ "$RC" -eq 6 ] || fail "$what: expected exit 6, got $RC; stderr: $ERR"
  expect_stdout_empty
  expect_one_error_line
  expect_err_contains "$message"
  case "$ERR" in *top-secret*) fail "$what: the secret leaked: $ERR" ;; esac
  echo "refused: $what"
}

# alg none, with and without a signature, against every kind of key.
for alg in none None NONE nOnE; do
  unsigned=$(jose craft '{"alg":"'$alg'","typ":"JWT"}' "$claims" "")
  signed=$(jose craft '{"alg":"'$alg'","typ":"JWT"}' "$claims" "c2ln")
  refused "alg $alg, secret" "unsigned" "$signed" --secret-file secret.txt
  refused "alg $alg, PEM" "unsigned" "$signed" --key rsa/pub.pem
  refused "alg $alg, --alg HS256" "unsigned" "$signed" --secret-file secret.txt --alg HS256
  refused "alg $alg, empty signature" "unsigned" "$unsigned" --secret-file secret.txt
  refused "alg $alg, empty signature, JWKS" "unsigned" "$unsigned" --jwks jwks.json
done

# Algorithm confusion: HS256 keyed with the bytes of the RSA public key PEM, verified with that PEM
# (as a file, a JWK and a JWKS).
forged=$(jose hmac '{"alg":"HS256","typ":"JWT"}' "$claims" rsa/pub.pem)
refused "HS256 signed with the public PEM, --key pub.pem" "algorithm confusion" "$forged" --key rsa/pub.pem
refused "HS256 signed with the public PEM, --key pub.jwk" "algorithm confusion" "$forged" --key rsa/pub.jwk
refused "HS256 signed with the public PEM, --alg HS256" "algorithm confusion" "$forged" --key rsa/pub.pem --alg HS256
refused "HS256 signed with the public PEM, --jwks, no kid" "no key in the JWKS fits HS256" "$forged" --jwks jwks.json
forged_kid=$(jose hmac '{"alg":"HS256","typ":"JWT","kid":"rsa-1"}' "$claims" rsa/pub.pem)
refused "HS256 signed with the public PEM, --jwks, kid" "algorithm confusion" "$forged_kid" --jwks jwks.json
refused "HS256 signed with the JWK text, --key kid.jwk" "algorithm confusion" \
  "$(jose hmac '{"alg":"HS256"}' "$claims" rsa/kid.jwk)" --key rsa/kid.jwk

# ES256: the DER form of a valid signature, and r||s of the wrong length.
es=$(jose sign ES256 ec/priv.pem "$claims")
run verify "$es" --key ec/pub.pem
expect_rc 0
refused "DER-encoded ES256 signature" "looks DER-encoded" "$(jose der "$es")" --key ec/pub.pem
sig=${es##*.}
body=${es%.*}
short=$(printf '%s' "$sig" | cut -c1-84)   # 63 bytes
long="${sig}AAAA"                          # 67 bytes
refused "ES256 signature of 63 bytes" "64 bytes" "$body.$short" --key ec/pub.pem
refused "ES256 signature of 67 bytes" "64 bytes" "$body.$long" --key ec/pub.pem
refused "ES256 signature of 96 bytes" "64 bytes" "$body.${sig}${sig:0:42}" --key ec/pub.pem

# The header's alg must be one of --alg.
rs=$(jose sign RS256 rsa/priv.pem "$claims")
refused "RS256 token, --alg PS256" "differs from --alg PS256" "$rs" --key rsa/pub.pem --alg PS256
refused "RS256 token, --alg RS384 --alg RS512" "differs from --alg RS384, RS512" "$rs" --key rsa/pub.pem \
  --alg RS384 --alg RS512
hs=$(jose sign HS256 secret:top-secret-value-of-32-bytes!!!! "$claims")
refused "HS256 token, --alg HS512" "differs from --alg HS512" "$hs" --secret-file secret.txt --alg HS512
refused "RS256 token, HMAC secret" "an HMAC secret cannot verify RS256" "$rs" --secret-file secret.txt

# Tampered payload (signature kept), wrong secret, signature from another key.
run verify "$hs" --secret-file secret.txt
expect_rc 0
tampered_claims=$(printf '%s' '{"sub":"admin","exp":'$((now + 600))'}' | base64 -w0 | tr '+/' '-_' | tr -d '=')
refused "tampered payload" "signature not valid" "${hs%%.*}.$tampered_claims.${hs##*.}" --secret-file secret.txt
printf 'top-secret-value-of-32-bytes!!!?' >wrong.txt
refused "wrong secret" "signature not valid" "$hs" --secret-file wrong.txt
mkdir rsa2 && jose keygen rsa2048 rsa2
refused "another RSA key" "signature not valid" "$rs" --key rsa2/pub.pem

# verify checks the published JWS vectors: RFC 7515 A.1-A.3 (JWTs with exp 2011-03-22T18:43:00Z) verify
# as of a time inside their window, expire now (exit 7), and fail when tampered; the vectors whose payload
# is not a JSON object (RFC 7515 A.4, RFC 7520 4.1-4.4, RFC 8037 A.4) are not JWTs: exit 5. Their
# signatures are checked by the unit test jwt::verify_signature.
. "$(dirname "$0")/lib/common.sh"
TOOL_DIR=$(cd "$(dirname "$0")" && pwd)
cd "$TEST_TMP"

payload=eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ
a1="eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.$payload.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
a2="eyJhbGciOiJSUzI1NiJ9.$payload.cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7AAuHIm4Bh-0Qc_lF5YKt_O8W2Fp5jujGbds9uJdbF9CUAr7t1dnZcAcQjbKBYNX4BAynRFdiuB--f_nZLgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMHlb1L07Qe7K0GarZRmB_eSN9383LcOLn6_dO--xi12jzDwusC-eOkHWEsqtFZESc6BfI7noOPqvhJ1phCnvWh6IeYI2w9QOYEUipUTI8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrBp0igcN_IoypGlUPQGe77Rw"
a3="eyJhbGciOiJFUzI1NiJ9.$payload.DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q"
a4="eyJhbGciOiJFUzUxMiJ9.UGF5bG9hZA.AdwMgeerwtHoh-l192l60hp9wAHZFVJbLfD_UxMi70cwnZOYaRI1bKPWROc-mZZqwqT2SI-KGDKB34XO0aw_7XdtAG8GaSwFKdCAPZgoXD2YBJZCPEX3xKpRwcdOO8KpEHwJjyqOgzDO7iKvU8vcnwNrmxYbSW9ERBXukOXolLzeO_Jn"
ed="eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc.hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg"

# A.1: the HMAC key, as base64url text in a variable, and as an oct JWK.
export A1_KEY=AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow
printf '{"kty":"oct","k":"%s"}' "$A1_KEY" >a1.jwk
cat >a2.jwk <<'JWK'
{"kty":"RSA","e":"AQAB","n":"ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-4qPCJrcS2mJPMEzP1Pt0Bm4d4QlL-yRT-SFd2lZS-pCgNMsD1W_YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb_7OMg0LOL-bSf63kpaSHSXndS5z5rexMdbBYUsLA9e-KXBdQOS-UTo7WTBEMa2R2CapHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_I5IhlJH7aGhyxXFvUK-DWNmoudF8NAco9_h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXpoQ"}
JWK
cat >a3.jwk <<'JWK'
{"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}
JWK
cat >a4.jwk <<'JWK'
{"kty":"EC","crv":"P-521","x":"AekpBQ8ST8a8VcfVOTNl353vSrDCLLJXmPk06wTjxrrjcBpXp5EOnYG_NjFZ6OvLFV1jSfS9tsz4qUxcWceqwQGk","y":"ADSmRA43Z1DSNx_RvcLI87cdL07l6jQyyBXMoxVg_l2Th-x3S1WDhjDly79ajL4Kkd0AZMaZmh9ubmf63e3kyMj2"}
JWK

check_vector() { # NAME TOKEN ALG KEY-ARGS...
  local name=$1 token=$2 alg=$3
  shift 3
  run verify "$token" "$@"
  expect_rc 7
  expect_stdout_empty
  expect_one_error_line
  expect_err_contains "token expired"
  expect_err_contains "(exp 2011-03-22T18:43:00Z)"
  for at in 2011-03-22T18:00:00Z 1300819379 2011-03-22T19:42:59+01:00; do
    run verify "$token" --at "$at" "$@"
    [ "$RC" -eq 0 ] || fail "$name --at $at: exit $RC: $ERR"
    expect_out_contains "valid as of "
    expect_out_contains "$alg signature"
  done
  run verify "$token" --at 1300819380 "$@"
  expect_rc 7
  run verify "${token%?}A" --at 1300819379 "$@"
  expect_rc 6
  expect_err_contains "signature not valid"
  echo "ok: $name"
}
check_vector "RFC 7515 A.1 (HS256, base64url secret)" "$a1" HS256 --secret-env A1_KEY --secret-base64
check_vector "RFC 7515 A.1 (HS256, oct JWK)" "$a1" HS256 --key a1.jwk
check_vector "RFC 7515 A.2 (RS256, JWK)" "$a2" RS256 --key a2.jwk
check_vector "RFC 7515 A.3 (ES256, JWK)" "$a3" ES256 --key a3.jwk
check_vector "RFC 7515 A.2 (RS256, --alg RS256)" "$a2" RS256 --key a2.jwk --alg RS256

# The same keys as PEM (converted independently) verify too.
/usr/bin/python3 "$TOOL_DIR/lib/jose_tool.py" jwk2pem a2.jwk >a2.pem
/usr/bin/python3 "$TOOL_DIR/lib/jose_tool.py" jwk2pem a3.jwk >a3.pem
check_vector "RFC 7515 A.2 (RS256, PEM)" "$a2" RS256 --key a2.pem
check_vector "RFC 7515 A.3 (ES256, PEM)" "$a3" ES256 --key a3.pem

# Vectors with a non-JSON payload are JWS but not JWTs.
for token in "$a4" "$ed"; do
  run verify "$token" --key a4.jwk
  expect_rc 5
  expect_err_contains "segment 2"
done

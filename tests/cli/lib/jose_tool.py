"""Independent JOSE helper for the verify tests, built on PyJWT and cryptography
(Debian's python3-jwt); never on lrjwt's own code.

  keygen KIND DIR            KIND: rsa2048 rsa1024 ec256 ec384 ec521 ed25519;
                             writes DIR/priv.pem, DIR/pub.pem, DIR/pub.jwk
  sign ALG KEY CLAIMS [HDR]  PyJWT token; KEY is a PEM file or secret:TEXT
  decode TOKEN ALG KEY       PyJWT's verified claims as JSON
  craft HDR PAYLOAD SIG_B64  compact token from JSON texts, signature as given
  hmac HDR PAYLOAD FILE      HS256 token whose secret is FILE's bytes
  der TOKEN                  the same token with its ES signature as DER
  jwk2pem JWK_FILE           the JWK's public key as PEM
"""
import base64
import hashlib
import hmac
import json
import sys

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from jwt.algorithms import ECAlgorithm, OKPAlgorithm, RSAAlgorithm


def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def unb64(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def load_key(spec, private):
    if spec.startswith("secret:"):
        return spec[len("secret:"):]
    with open(spec, "rb") as f:
        data = f.read()
    if private:
        return serialization.load_pem_private_key(data, None)
    return serialization.load_pem_public_key(data)


def keygen(kind, out):
    if kind.startswith("rsa"):
        key = rsa.generate_private_key(65537, int(kind[3:]))
        jwk = json.loads(RSAAlgorithm.to_jwk(key.public_key()))
    elif kind.startswith("ec"):
        curve = {"ec256": ec.SECP256R1(), "ec384": ec.SECP384R1(), "ec521": ec.SECP521R1()}[kind]
        key = ec.generate_private_key(curve)
        jwk = json.loads(ECAlgorithm.to_jwk(key.public_key()))
    else:
        key = ed25519.Ed25519PrivateKey.generate()
        jwk = json.loads(OKPAlgorithm.to_jwk(key.public_key()))
    with open(out + "/priv.pem", "wb") as f:
        f.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()))
    with open(out + "/pub.pem", "wb") as f:
        f.write(key.public_key().public_bytes(serialization.Encoding.PEM,
                                              serialization.PublicFormat.SubjectPublicKeyInfo))
    with open(out + "/pub.jwk", "w") as f:
        json.dump(jwk, f)


def main(argv):
    cmd = argv[0]
    if cmd == "keygen":
        keygen(argv[1], argv[2])
    elif cmd == "sign":
        headers = json.loads(argv[4]) if len(argv) > 4 else None
        print(jwt.encode(json.loads(argv[3]), load_key(argv[2], True), algorithm=argv[1], headers=headers))
    elif cmd == "decode":
        claims = jwt.decode(argv[1], load_key(argv[3], False), algorithms=[argv[2]],
                            options={"verify_exp": False, "verify_nbf": False, "verify_iat": False,
                                     "verify_aud": False, "verify_iss": False})
        print(json.dumps(claims))
    elif cmd == "craft":
        print(b64(argv[1].encode()) + "." + b64(argv[2].encode()) + "." + argv[3])
    elif cmd == "hmac":
        with open(argv[3], "rb") as f:
            secret = f.read()
        signing_input = (b64(argv[1].encode()) + "." + b64(argv[2].encode())).encode()
        print(signing_input.decode() + "." + b64(hmac.new(secret, signing_input, hashlib.sha256).digest()))
    elif cmd == "der":
        head, body, sig = argv[1].split(".")
        raw = unb64(sig)
        half = len(raw) // 2
        der = encode_dss_signature(int.from_bytes(raw[:half], "big"), int.from_bytes(raw[half:], "big"))
        print(head + "." + body + "." + b64(der))
    elif cmd == "jwk2pem":
        with open(argv[1]) as f:
            jwk = json.load(f)
        algo = {"RSA": RSAAlgorithm, "EC": ECAlgorithm, "OKP": OKPAlgorithm}[jwk["kty"]]
        key = algo.from_jwk(json.dumps(jwk))
        sys.stdout.write(key.public_bytes(serialization.Encoding.PEM,
                                          serialization.PublicFormat.SubjectPublicKeyInfo).decode())
    else:
        sys.exit("unknown command " + cmd)


if __name__ == "__main__":
    main(sys.argv[1:])

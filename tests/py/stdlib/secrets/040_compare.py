import hmac
import secrets
print(secrets.compare_digest is hmac.compare_digest)
print(secrets.compare_digest(b'a', b'a'), secrets.compare_digest('a', 'b'))
tok = secrets.token_hex(8)
print(secrets.compare_digest(tok, tok), secrets.compare_digest(tok, tok + '0'))
print(sorted(secrets.__all__))

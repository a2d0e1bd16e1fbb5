import secrets
import string
print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), secrets.token_bytes(0))
t = secrets.token_hex(16)
print(len(t), all(c in string.hexdigits for c in t))
print(len(secrets.token_hex()), secrets.token_hex(0))
u = secrets.token_urlsafe(30)
print(len(u), all(c in string.ascii_letters + string.digits + '-_' for c in u))
print(len(secrets.token_urlsafe()))
print(type(secrets.token_bytes(3)).__name__, type(secrets.token_hex(3)).__name__)
print(secrets.DEFAULT_ENTROPY)

import secrets


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: secrets.randbelow(0))
attempt(lambda: secrets.randbelow(-1))
attempt(lambda: secrets.token_bytes(-1))
attempt(lambda: secrets.token_bytes('a'))
attempt(lambda: secrets.choice([]))
attempt(lambda: secrets.randbits(-1))

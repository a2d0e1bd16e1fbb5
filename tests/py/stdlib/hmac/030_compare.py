import hmac


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: hmac.compare_digest(b'abc', b'abc'))
attempt(lambda: hmac.compare_digest(b'abc', b'abd'))
attempt(lambda: hmac.compare_digest(b'abc', b'ab'))
attempt(lambda: hmac.compare_digest('abc', 'abc'))
attempt(lambda: hmac.compare_digest('abc', 'abC'))
attempt(lambda: hmac.compare_digest(bytearray(b'x'), memoryview(b'x')))
attempt(lambda: hmac.compare_digest('a', b'a'))
attempt(lambda: hmac.compare_digest(1, 2))
attempt(lambda: hmac.compare_digest('\xe9', '\xe9'))
attempt(lambda: hmac.compare_digest(b''))

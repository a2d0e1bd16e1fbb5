import hmac


def attempt(f):
    try:
        r = f()
        print(r.hexdigest() if hasattr(r, 'hexdigest') else repr(r))
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: hmac.new(b'k'))
attempt(lambda: hmac.new('k', digestmod='md5'))
attempt(lambda: hmac.new(b'k', 'msg', digestmod='md5'))
attempt(lambda: hmac.new(b'k', digestmod='foo'))
attempt(lambda: hmac.new(b'k', None, 'md5'))
h = hmac.new(b'k', digestmod='md5')
attempt(lambda: h.update('text'))
attempt(lambda: h.update(5))

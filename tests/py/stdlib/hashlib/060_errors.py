import hashlib


def attempt(f):
    try:
        r = f()
        print(r if isinstance(r, (str, bytes, int)) else 'ok')
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: hashlib.md5('abc'))
attempt(lambda: hashlib.md5(5))
attempt(lambda: hashlib.sha256().update('x'))
attempt(lambda: hashlib.sha256().update(None))
attempt(lambda: hashlib.sha256().update())
attempt(lambda: hashlib.new('foo'))
attempt(lambda: hashlib.new(5))
attempt(lambda: hashlib.md5(b'a', b'b'))
attempt(lambda: hashlib.md5(x=b'a'))
attempt(lambda: hashlib.md5(string=b'a').hexdigest())
attempt(lambda: hashlib.md5(b'a', usedforsecurity=False).hexdigest())
attempt(lambda: hashlib.new('MD5', b'a').hexdigest())
attempt(lambda: hashlib.new('SHA256').name)
attempt(lambda: hashlib.shake_128().digest())
attempt(lambda: hashlib.shake_128().hexdigest('x'))
for kw in (dict(digest_size=0), dict(digest_size=65), dict(key=b'x' * 65),
           dict(salt=b'x' * 17), dict(person=b'x' * 17), dict(fanout=256),
           dict(fanout=-1), dict(depth=0), dict(leaf_size=2**32),
           dict(leaf_size=-1), dict(node_offset=-1), dict(node_depth=256),
           dict(inner_size=65), dict(foo=1), dict(key='s')):
    attempt(lambda: hashlib.blake2b(**kw))
attempt(lambda: hashlib.blake2s(digest_size=33))
attempt(lambda: hashlib.blake2s(node_offset=2**48))
attempt(lambda: hashlib.blake2s(inner_size=33))
attempt(lambda: hashlib.blake2b('s'))
attempt(lambda: hashlib.blake2b(b'a', b'b'))

# constructor errors and buffer-protocol consumers
for f in [lambda: memoryview(1), lambda: memoryview('abc'), lambda: memoryview(),
          lambda: memoryview(b'a', b'b'), lambda: memoryview(x=b'a'), lambda: memoryview([1]),
          lambda: memoryview(b'a').tobytes('X'), lambda: memoryview(b'a').tolist(1),
          lambda: memoryview(b'a') + b'c', lambda: b'a'.center(3, memoryview(b'x')),
          lambda: b'ab'.hex(memoryview(b':')), lambda: bytearray(b'ab').hex(':', 1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(b'abcd'.find(memoryview(b'cd')), b'ab' + memoryview(b'c'), b'ab'.startswith(memoryview(b'a')))
print(b'a,b'.split(memoryview(b',')), b'x'.join([memoryview(b'1'), memoryview(b'2')]))
class M(memoryview if False else object):
    pass
try:
    class Sub(memoryview):
        pass
except TypeError as e:
    print(type(e).__name__, e)

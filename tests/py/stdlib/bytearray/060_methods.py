# methods shared with bytes return bytearray
b = bytearray(b'  Hello World  ')
for name in ['upper', 'lower', 'swapcase', 'title', 'capitalize', 'strip', 'lstrip', 'rstrip',
             'isalpha', 'isdigit', 'isspace', 'isascii', 'istitle', 'islower', 'isupper', 'isalnum']:
    r = getattr(b, name)()
    print(name, type(r).__name__, r)
w = bytearray(b'a,b,,c')
print(w.split(b','), w.rsplit(b',', 1), w.split(memoryview(b',')))
print(bytearray(b'a b  c').split(), bytearray(b'x\ny\r\nz').splitlines(keepends=True))
print(w.partition(b','), w.rpartition(bytearray(b',')))
print(w.replace(b',', b';'), w.replace(b',', b'', 1), w.count(b','), w.count(44))
print(w.find(b'b'), w.rfind(b','), w.index(98), w.rindex(b','), w.find(b'q'))
print(w.startswith(b'a,'), w.endswith((b'x', b'c')), w.startswith(bytearray(b'a')))
print(bytearray(b'-').join([b'a', bytearray(b'b'), memoryview(b'c')]))
print(b'+'.join([bytearray(b'x'), memoryview(b'y')]))
print(bytearray(b'ab').center(6, b'*'), bytearray(b'ab').ljust(4), bytearray(b'ab').rjust(4, bytearray(b'0')))
print(bytearray(b'-5').zfill(4), bytearray(b'a\tb').expandtabs(4))
print(bytearray(b'prefix-x').removeprefix(b'prefix-'), bytearray(b'x.py').removesuffix(b'.py'))
t = bytearray.maketrans(b'ab', b'xy')
print(type(t).__name__, len(t), bytearray(b'aabbc').translate(t), bytearray(b'abc').translate(None, b'b'))
print(bytearray(b'abc').translate(None, delete=b'a'), b'abc'.translate(t))
print(bytearray(b'caf\xc3\xa9').decode(), bytearray(b'abc').decode('ascii'))
c = bytearray(b'same')
print(c.strip() is c, c.replace(b'x', b'y') is c, c.upper() == c.upper())
for f in [lambda: w.upper(1), lambda: w.find(), lambda: w.count(x=1), lambda: w.split(1),
          lambda: w.center(10, 'x'), lambda: w.zfill(), lambda: w.join([1]),
          lambda: w.startswith(1), lambda: w.index(b'z'), lambda: w.translate(b'x'),
          lambda: bytearray(b'\xff').decode(), lambda: w.decode(1), lambda: w.removeprefix('x')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

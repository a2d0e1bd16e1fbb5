# append, extend, insert, pop, remove, reverse, clear, copy
b = bytearray(b'abc')
b.append(100)
b.extend(b'ef')
b.extend([103, 104])
b.extend(iter([105]))
b.extend(bytearray(b'j'))
b.extend(memoryview(b'k'))
print(b)
b.insert(0, 65)
b.insert(-1, 66)
b.insert(100, 67)
b.insert(-100, 68)
print(b)
print(b.pop(), b.pop(0), b.pop(-2), b)
b.remove(ord('a'))
print(b)
b.reverse()
print(b)
c = b.copy()
c.clear()
print(b, c, c is b)
for t in [lambda: b.append(256), lambda: b.append('a'), lambda: b.append(),
          lambda: b.insert(1), lambda: b.pop(100), lambda: bytearray().pop(),
          lambda: b.remove(300), lambda: b.remove(0), lambda: b.extend(1),
          lambda: b.extend('abc'), lambda: b.extend([1, 'a']), lambda: b.extend([300]),
          lambda: b.pop('a'), lambda: b.insert('a', 1), lambda: b.insert(0, 'a'),
          lambda: b.reverse(1), lambda: b.pop(2 ** 100), lambda: b.remove('a')]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
print(b)

# resizing a bytearray while a memoryview of it is alive
ba = bytearray(b'abc')
m = memoryview(ba)
def attempt(name, f):
    try:
        f()
        print(name, 'ok', ba)
    except BufferError as e:
        print(name, type(e).__name__, e)
def iadd():
    global ba
    ba += b'x'
def imul():
    global ba
    ba *= 1
attempt('append', lambda: ba.append(1))
attempt('extend', lambda: ba.extend(b'x'))
attempt('pop', lambda: ba.pop())
attempt('clear', lambda: ba.clear())
attempt('del', lambda: ba.__delitem__(0))
attempt('grow slice', lambda: ba.__setitem__(slice(0, 1), b'xy'))
attempt('same slice', lambda: ba.__setitem__(slice(0, 2), b'XY'))
attempt('item', lambda: ba.__setitem__(2, 90))
attempt('reverse', lambda: ba.reverse())
attempt('iadd', iadd)
attempt('imul', imul)
attempt('init', lambda: ba.__init__(b'zzz'))
m2 = m[1:]
m.release()
attempt('after release with m2', lambda: ba.append(1))
m2.release()
attempt('after both released', lambda: ba.append(1))
with memoryview(ba) as m3:
    attempt('in with', lambda: ba.append(2))
attempt('after with', lambda: ba.append(3))

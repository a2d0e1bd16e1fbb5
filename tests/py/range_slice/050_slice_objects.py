s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
data = list(range(10))
print(data[s], "abcdefghij"[s], data[slice(None, 3)], data[slice(-2, None)])
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, 100).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
class Grab:
    def __getitem__(self, key):
        return key
g = Grab()
print(g[1:2], g[::3], g[1:2, 3], g[:], g[..., 0])

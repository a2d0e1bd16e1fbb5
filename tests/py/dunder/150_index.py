class Two:
    def __index__(self):
        return 2
t = Two()
print([10, 20, 30][t], "abc"[t], bin(t), hex(t), oct(t), range(5)[t], list(range(t)))
print([1, 2, 3, 4][t:], "xyz" * t, t.__index__())
class NotIndex:
    pass
try:
    [1][NotIndex()]
except TypeError as e:
    print(type(e).__name__, e)

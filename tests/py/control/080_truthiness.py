values = [0, 1, -1, 0.0, 0.1, "", " ", [], [0], (), (None,), {}, {0: 0}, set(), None, True, False, range(0), b"", 0 == 0]
print([bool(v) for v in values])
class WithBool:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class WithLen:
    def __len__(self):
        return 0
class Plain:
    pass
print(bool(WithBool(True)), bool(WithBool(False)), bool(WithLen()), bool(Plain()))
if WithLen():
    print("no")
else:
    print("len 0 is falsy")
print(not WithBool(False), WithBool(True) and "yes")

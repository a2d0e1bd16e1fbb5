class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return f"Key({self.k})"
d = {Key(1): "one"}
print(d[Key(1)], Key(1) in d, len({Key(2), Key(2), Key(3)}))
class EqOnly:
    def __eq__(self, o):
        return True
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly()}
except TypeError as e:
    print(type(e).__name__, e)
print(EqOnly.__hash__ is None)
class Default:
    pass
a = Default()
print(hash(a) == hash(a), a == a, a != Default(), {a: 1}[a])
print([Key(1), Key(2)].index(Key(2)), [Key(5)].count(Key(5)), Key(1) != Key(2))

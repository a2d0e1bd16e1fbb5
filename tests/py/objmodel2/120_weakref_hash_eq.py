# Equality and hashing of weak references.
import weakref


class A:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, A) and self.v == other.v

    def __hash__(self):
        return hash(self.v)


a1, a2 = A(1), A(1)
r1, r2 = weakref.ref(a1), weakref.ref(a2)
print("referents equal -> refs equal:", r1 == r2, r1 != r2)
print("hash follows the referent:", hash(r1) == hash(a1) == hash(1))
b = A(2)
rb = weakref.ref(b)
print("different referents:", r1 == rb)
h = hash(rb)
del b
print("dead ref keeps its hash:", hash(rb) == h)
print("dead ref equals only itself:", rb == rb, rb == r1)
c = A(3)
rc = weakref.ref(c)
del c
try:
    hash(rc)
except TypeError as e:
    print("TypeError", e)
print("compared with a non-weakref:", r1 == a1, r1 == 1)
d = {r1: "one"}
print("usable as dict key:", d[r2])


class Plain:
    pass


p = Plain()
q = Plain()
rp, rq = weakref.ref(p), weakref.ref(q)
print("identity-equal objects:", rp == weakref.ref(p), rp == rq)

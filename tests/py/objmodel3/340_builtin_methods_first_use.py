# A built-in type's methods are made the first time the type is used
# (docs/internals/interpreter-creation.md): every first use must see them
# all, whichever way it comes in, and they stay the same objects.

# First use through a subclass made before the type itself was touched.
class BA(bytearray):
    pass

b = BA(b"xy")
b.extend(b"z")
print(b, b.upper(), len(b))
print(bytearray.extend is bytearray.extend, BA.extend is bytearray.extend)

# First use through the type's __dict__ / vars() / dir().
print("fromhex" in frozenset.__dict__ or "copy" in vars(frozenset))
print(sorted(n for n in dir(memoryview) if not n.startswith("_"))[:4])
print(vars(complex)["conjugate"](2+3j))
print(set.__dict__["add"] is set.add)

# Identity of methods and descriptors across lookups.
print(list.append is list.append, str.join is vars(str)["join"])
print(type(int.__dict__["real"]).__name__, type(BaseException.__dict__["args"]).__name__)

# The attribute cache still follows changes in subclasses.
class L(list):
    pass

l = L()
l.append(1)
L.append = lambda self, x: list.append(self, x * 10)
l.append(2)
del L.append
l.append(3)
print(l)

# Exceptions: attributes set at start-up along with the methods.
print(KeyError.__module__, LookupError.__module__, StopIteration(7).value)
try:
    raise SystemExit(3)
except SystemExit as e:
    print(e.code)

# A built-in type is still immutable after its first use.
for t in (range, slice, zip):
    try:
        t.extra = 1
    except TypeError as e:
        print(type(e).__name__, e)
print(range(3).count(1), slice(1, 9, 2).indices(5), list(zip("ab", "cd")))

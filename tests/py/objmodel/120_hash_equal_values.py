# Equal numbers hash equal whatever their type, so dicts and sets treat
# 1, 1.0 and True as one key (the first one inserted stays).
pairs = [(1, 1.0), (1, True), (0, False), (0, -0.0), (-1, -1.0), (2**61, 2.0**61),
         (2**100, 2.0**100), (-2**64, -2.0**64), (10**16, 1e16), (3, 3.0)]
for a, b in pairs:
    print(repr(a), repr(b), a == b, hash(a) == hash(b))

print(hash(0.5) == hash(1), 0.5 == 1)
d = {1: "int", 1.0: "float", True: "bool"}
print(d, len(d))
d = {True: "bool", 1: "int"}
print(d)
s = {1.0, 1, True, 0, False, 0.0, -0.0}
print(s, len(s))
print({2**61: "a", 2.0**61: "b"})
print(1.0 in {1}, 1 in {1.0: 0}, True in {1}, 2**70 in {2.0**70})

# Equal strings hash equal however they were built.
a = "".join(["spam", "eggs"])
b = "spam" + "eggs"
print(hash(a) == hash(b), hash(a) == hash("spameggs"[:]), hash(a[:4]) == hash("spam"))

print(hash(0), hash(1), hash(-1), hash(-2), hash(12345))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 64), hash(-(2 ** 64)))
print(hash(10 ** 30))
print(hash(True), hash(False), hash(1) == hash(1.0))
d = {1: "a", 1.0: "b", True: "c"}
print(d)

print("{:*^10}|{:->6}|{:_<4}|".format("mid", "r", "l"))
print("{0:>{1}}|{0:<{1}}|".format("x", 4))
print("{:08.3f} {:+.2e} {:x}".format(3.14159, 12345.6789, 3054))
print("{a}-{b}-{a}".format(a=1, b=2), "{0}{1}{0}".format("ab", "cd"))
print("{:,} {:,.1f} {:_d}".format(10 ** 9, 98765.4321, 5000000))
data = {"n": "Zed", "v": [10, 20]}
print("{n}: {v[1]}".format(**data), "{0[n]}".format(data))
print("{:>8}|{:<8}|{:^8}|".format(1.5, "t", "n"), "{}".format(None))

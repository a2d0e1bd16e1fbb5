print("{} {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{name}!".format(name="hi"))
print("{0[1]} {0[0]}".format(["p", "q"]), "{d[key]}".format(d={"key": 5}))
class P:
    x = 3
print("{p.x} {0.x}".format(P(), p=P()))
print("{{literal}} {}".format(7), "{:>6}|{:<6}|{:^6}".format("r", "l", "c"))
print("{:05d} {:.3f} {:x} {:,}".format(42, 3.14159, 255, 1234567))
print("{!r} {!s}".format("q", "q"), "{0!r:>8}".format("ab"))
print("{:{w}.{p}f}".format(2.71828, w=10, p=2))
try:
    "{} {}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print(type(e).__name__, e)

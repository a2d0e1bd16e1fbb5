# str.format and format(): fields, conversions, nested specs and every error message.
def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
show("basic", lambda: "{} {} {}".format(1, "a", [2]))
show("num", lambda: "{0}{1}{0}".format("ab", "cd"))
show("kw", lambda: "{a}-{b}-{a}".format(a=1, b=2))
show("attr", lambda: "{0.real} {0.imag}".format(3))
show("item", lambda: "{0[1]} {0[-1]} {d[k]} {d[0]}".format([1, 2], d={"k": "v", "0": "s", 0: "i"}))
show("conv", lambda: "{!r} {!s} {!a} {0!r:>6}".format("é", "x", "é"))
show("nested", lambda: "{:{w}.{p}f}|{:>{}}".format(3.14159, "x", 4, w=10, p=2))
show("braces", lambda: "{{}} {{{0}}} }}{{".format(5))
show("spec", lambda: "{:*^10}|{:->6}|{:_<4}|{:+d}|{:,}|{:08.3f}|{:x}|{:#b}".format("mid", "r", "l", 5, 1234567, -3.14159, 255, 5))
show("map", lambda: "{a} {b[0]}".format_map({"a": 1, "b": [2]}))
class D(dict):
    def __missing__(self, k): return "<" + k + ">"
show("map missing", lambda: "{a} {zz}".format_map(D(a=1)))
for f, a, k in [("{", (), {}), ("}", (), {}), ("{0", (), {}), ("{1}", (1,), {}), ("{}{0}", (1,), {}), ("{0}{}", (1,), {}), ("{x}", (), {}), ("{!x}", (1,), {}), ("{!r", (1,), {}), ("{!rx}", (1,), {}), ("{0.}", (1,), {}), ("{0[}", (1,), {}), ("{0]x}", (1,), {}), ("{:{:{}}}", (1, 2, 3), {}), ("{0[0]x}", ([1],), {}), ("{0:x}", ("a",), {}), ("{0!}", (1,), {}), ("{a.b}", (), {"a": 1}), ("{0[a]}", ([1],), {}), ("{:d}", ("x",), {}), ("{0:>{1}}", (1, "x"), {})]:
    show("err " + f, lambda: f.format(*a, **k))
show("fmap pos", lambda: "{0}".format_map({}))
show("format()", lambda: (format(42), format(4.0), format("x"), format([1, 2]), format(None), format(True), format(True, "d"), format(1.5, "=^10"), format("a", "=^10")))
class F:
    def __format__(self, spec): return "F(" + spec + ")"
show("custom", lambda: ("{:xyz}".format(F()), f"{F():abc}", format(F(), "q")))
class Bad:
    def __format__(self, spec): return 5
show("bad format", lambda: format(Bad()))
show("object fmt", lambda: format(object(), "x"))

# str and bytes subclasses, reflected operators, __format__ overrides and the
# MemoryError/OverflowError guards on absurd sizes.
def show(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
class S(str):
    def extra(self): return self.upper() + "!"
class R(str):
    def __repr__(self): return "R<" + str.__repr__(self) + ">"
    def __str__(self): return "Rstr"
s = S("hello")
show("sub", lambda: (s, s.extra(), s + "x", s * 2, s[1:3], s.upper(), len(s), s == "hello", hash(s) == hash("hello"), isinstance(s, str)))
show("sub2", lambda: (str(s), type(str(s)).__name__, s.strip(), type(s.strip()).__name__, "%s" % s, "{}".format(s), f"{s}", f"{s!r}"))
show("sub3", lambda: (repr(R("a")), str(R("a")), "%s|%r" % (R("a"), R("a")), f"{R('a')}", "{}".format(R("a")), [R("b")]))
s.attr = 5
show("subattr", lambda: s.attr)
show("newsub", lambda: (S(), S(5), S(b"ab", "ascii"), S.__new__(S, "q")))
class B(bytes): pass
show("bsub", lambda: (B(b"ab"), B([1, 2]), B(b"ab") + b"c", B(b"ab").upper(), type(B(b"x")[0:1]).__name__, B.fromhex("41")))
class Rm:
    def __rmod__(self, other): return "rmod:" + other
    def __radd__(self, other): return "radd:" + other
    def __rmul__(self, other): return "rmul:" + other
show("reflected", lambda: ("%s" % Rm() if False else "x" % Rm(), "a" + Rm(), "a" * Rm()))
class Fm:
    def __format__(self, spec): return "<" + spec + ">"
show("fmt", lambda: (format(Fm(), "x"), f"{Fm():>5}", "{:abc}".format(Fm()), "%s" % Fm() if False else 1))
show("mem", lambda: "a" * 10**12)
show("mem2", lambda: "ab" * 2**62)
show("mem3", lambda: "a".center(10**12))
show("mem4", lambda: b"a" * 10**12)
show("mem5", lambda: "%*d" % (10**12, 1))
show("mem6", lambda: format(1, "10000000000000"))
show("mem7", lambda: "{:10000000000000}".format(1))
show("mem8", lambda: bytes(10**12))
show("mem9", lambda: "a".ljust(2**40))
show("mem10", lambda: "x\ty".expandtabs(2**40))
show("iter", lambda: (list(iter("ab")), next(iter("é")), type(iter("ab")).__name__, type(iter(b"ab")).__name__, list(iter(b"ab"))))
show("cmp", lambda: sorted(["b", "A", "é", "a", ""]))
show("in", lambda: ("a" in S("abc"), S("a") in "cab", b"a" in B(b"xa")))
show("bool", lambda: (bool(""), bool("a"), bool(b""), not S("")))
show("mod dict sub", lambda: "%(x)s" % {"x": S("q")})
class M:
    def __getitem__(self, k): return k * 2
show("mod mapping", lambda: "%(ab)s" % M())
show("format_map M", lambda: "{ab}".format_map(M()))
show("intfmt", lambda: ("%d" % 2**200, "%x" % (2**100), f"{2**100:_}", f"{-2**70:#b}"[:12]))
show("digits limit", lambda: "%d" % 10**5000)
show("digits limit2", lambda: f"{10**5000}")

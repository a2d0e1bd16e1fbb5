# The type attribute cache: after `obj.__class__ = Other`, lookups go through
# the new class (and back).
class A:
    kind = "A"
    def who(self):
        return "A"
    def __repr__(self):
        return "<A>"

class B:
    kind = "B"
    def who(self):
        return "B"
    def __repr__(self):
        return "<B>"

o = A()
seen = []
for i in range(6):
    seen.append((o.who(), o.kind, repr(o)))
    o.__class__ = B if i % 2 == 0 else A
print(seen)
print(type(o).__name__)

# The new class changes after the switch.
o.__class__ = B
B.who = lambda self: "B2"
print(o.who())
del B.kind
try:
    o.kind
except AttributeError as e:
    print(type(e).__name__, e)
o.__class__ = A
print(o.kind, o.who())

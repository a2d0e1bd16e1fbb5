# sys.intern accepts exactly one argument, an exact str.
import sys

class S(str):
    pass

for args in [(1,), (), ("a", "b"), (S("x"),), (b"x",), (None,), (1.5,), (["x"],)]:
    try:
        r = sys.intern(*args)
        print("ok", repr(r))
    except TypeError as e:
        print(type(e).__name__, e)

try:
    sys.intern(string="x")
except TypeError as e:
    print(type(e).__name__, e)

# A str subclass instance is refused even when its text is interned already.
try:
    sys.intern(S("hello"))
except TypeError as e:
    print(type(e).__name__, e)
print(sys.intern(str(S("hello"))) is eval("'hello'"))

import unittest

class T(unittest.TestCase):
    def runTest(self):
        pass

t = T()

def chk(f, *a, **k):
    try:
        r = f(*a, **k)
        print("passed", type(r).__name__)
    except AssertionError as e:
        print("AssertionError", repr(str(e)))
    except Exception as e:
        print(type(e).__name__, e)

def boom():
    raise KeyError("k")

chk(t.assertRaises, ValueError, int, "x")
chk(t.assertRaises, ValueError, int, "5")
chk(t.assertRaises, ValueError, lambda: None)
chk(t.assertRaises, ValueError, boom)
chk(t.assertRaises, (KeyError, ValueError), boom)
chk(t.assertRaisesRegex, ValueError, "invalid literal", int, "x")
chk(t.assertRaisesRegex, ValueError, "abc", int, "x")
chk(t.assertRaises, 5)
chk(t.assertRaises, ValueError, msg="m", other=1)
chk(t.assertRaisesRegex, ValueError, "x")

with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception, cm.exception.__traceback__)

try:
    with t.assertRaises(TypeError, msg="extra"):
        pass
except AssertionError as e:
    print("AssertionError", e)

with t.assertRaisesRegex(KeyError, "k.y"):
    raise KeyError("key")

try:
    with t.assertRaises(TypeError):
        raise ValueError("not caught")
except ValueError as e:
    print("propagated", e)

# The logger hierarchy: placeholders, parents, propagation, getChild.
import io
import logging

a_b_c = logging.getLogger("a.b.c")
print(a_b_c.parent is logging.root)
print(sorted(logging.Logger.manager.loggerDict))
print(type(logging.Logger.manager.loggerDict["a.b"]).__name__)
a = logging.getLogger("a")
print(a_b_c.parent is a, a.parent is logging.root)
a_b = logging.getLogger("a.b")
print(a_b_c.parent is a_b, a_b.parent is a)
a_b_d_e = logging.getLogger("a.b.d.e")
a_b_d = logging.getLogger("a.b.d")
print(a_b_d_e.parent is a_b_d, a_b_d.parent is a_b)
print(logging.getLogger("a.b") is a_b, logging.getLogger("") is logging.root,
      logging.getLogger(None) is logging.root, logging.getLogger("root") is logging.root)
print(a.getChild("b") is a_b, a.getChild("b.c") is a_b_c, logging.root.getChild("a") is a)
try:
    logging.getLogger(5)
except TypeError as e:
    print(type(e).__name__, e)

out = io.StringIO()
h_root = logging.StreamHandler(out)
h_root.setFormatter(logging.Formatter("root got %(name)s: %(message)s"))
logging.root.addHandler(h_root)
h_a = logging.StreamHandler(out)
h_a.setFormatter(logging.Formatter("a got %(name)s: %(message)s"))
a.addHandler(h_a)
a.addHandler(h_a)
print(len(a.handlers), a.hasHandlers(), a_b_c.hasHandlers())
a_b_c.warning("one")
a_b.propagate = False
a_b_c.warning("two")
print(a_b_c.hasHandlers())
a_b.propagate = True
a.removeHandler(h_a)
a.removeHandler(h_a)
a_b_c.error("three")
logging.root.removeHandler(h_root)
print(a_b_c.hasHandlers())
print(out.getvalue(), end="")
print(repr(a_b_c), repr(logging.getLogger("x.y")))

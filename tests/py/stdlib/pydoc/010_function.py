# pydoc on functions: render_doc, help's title, getdoc, describe, lambdas,
# bound and unbound methods.
import pydoc

def f(a, b=1, *args, c, **kw):
    """Add things.

    More text here.
    """
    return a

def nodoc(x):
    pass

class C:
    __slots__ = ()
    def m(self, y):
        "m doc"

print(pydoc.render_doc(f, renderer=pydoc.plaintext))
print(pydoc.render_doc(nodoc, title="T: %s"))
print(pydoc.render_doc(lambda x, y=2: x))
print(pydoc.render_doc(C().m))
print(pydoc.render_doc(C.m))
help(f)
print(repr(pydoc.getdoc(f)), repr(pydoc.getdoc(nodoc)))
print(pydoc.describe(f), "|", pydoc.describe(C), "|", pydoc.describe(C().m),
      "|", pydoc.describe(5), "|", pydoc.describe(pydoc))
print(pydoc.splitdoc("a\n\nb\nc"), pydoc.splitdoc("one"), pydoc.splitdoc("a\nb"))
help("no.such.thing")
print(callable(help))

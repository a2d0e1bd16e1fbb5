# pydoc on classes: the signature line, docstring, method resolution order
# and attributes grouped by kind, inherited ones by class.
import pydoc

class Base:
    "Base doc."
    __slots__ = ()
    def base_m(self):
        "bm doc"

class P(Base):
    """P doc.

    With text."""
    __slots__ = ('a',)
    def __init__(self, a):
        "Init it."
        self.a = a
    def go(self, n=1, *, k):
        "Go."
    @property
    def ro(self):
        "ro doc"
    @property
    def rw(self):
        pass
    @rw.setter
    def rw(self, v):
        pass
    @classmethod
    def cm(cls, q):
        "cm doc"
    @staticmethod
    def sm(x):
        "sm doc"
    K = 3
    L = [1, 2]

help(P)
print(pydoc.render_doc(Base))
print(pydoc.plaintext.document(Base, "Alias"))

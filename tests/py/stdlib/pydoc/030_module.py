# pydoc on a module: NAME, DESCRIPTION, CLASSES with the class tree,
# FUNCTIONS, DATA, FILE.
import pydoc
import types

m = types.ModuleType("mymod")
exec('''
"""My module.

Longer text."""
X = 5
NAMES = ['a', 'b']
def f(a, b=2):
    "F doc."
def _private(): pass
class C:
    "C doc."
    __slots__ = ()
    def m(self): "m doc"
class D(C):
    __slots__ = ()
''', m.__dict__)
print(pydoc.render_doc(m))
m.__all__ = ["f", "_private"]
print(pydoc.render_doc(m, "%s"))

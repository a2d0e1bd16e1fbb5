import inspect

def f():
    """First line.

        Indented more.
    Back.
    """

class Base:
    def m(self):
        """Base doc."""
    @property
    def p(self):
        """Prop doc."""
        return 1

class Child(Base):
    def m(self):
        pass

print(repr(inspect.getdoc(f)))
print(repr(inspect.cleandoc('  a\n    b\n   c\n\n')))
print(repr(inspect.cleandoc('\n\n   x\n\ty')))
print(repr(inspect.cleandoc('')))
print(repr(inspect.getdoc(Child.m)))
print(repr(inspect.getdoc(Child().m)))
print(repr(inspect.getdoc(Child)))
print(repr(inspect.getdoc(Base.p)))
print(inspect.getdoc(Base))
print(inspect.indentsize('    x'), inspect.indentsize('\tx'))

import reprlib
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
    @reprlib.recursive_repr()
    def __repr__(self):
        return 'Node(%s, %r)' % (self.name, self.children)
a = Node('a')
b = Node('b')
a.children.append(b)
b.children.append(a)
a.children.append(a)
print(repr(a))
print(repr(b))
class Box(list):
    @reprlib.recursive_repr(fillvalue='<loop>')
    def __repr__(self):
        """A box."""
        return 'Box' + list.__repr__(self)
x = Box([1])
x.append(x)
print(repr(x))
print(Box.__repr__.__name__, Box.__repr__.__doc__, Box.__repr__.__qualname__)
print(hasattr(Box.__repr__, '__wrapped__'), Box.__repr__.__module__)
class Bad:
    @reprlib.recursive_repr()
    def __repr__(self):
        raise ValueError('boom')
bad = Bad()
for i in range(2):
    try:
        repr(bad)
    except ValueError as e:
        print(type(e).__name__, e)

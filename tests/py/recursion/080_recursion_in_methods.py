class Node:
    def __init__(self, val, children=()):
        self.val = val
        self.children = list(children)
    def total(self):
        return self.val + sum(c.total() for c in self.children)
    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)
    def __repr__(self):
        if not self.children:
            return f"N({self.val})"
        return f"N({self.val}, {self.children!r})"
t = Node(1, [Node(2, [Node(4)]), Node(3)])
print(t.total(), t.depth(), t)
class Loop:
    def __getattr__(self, name):
        return getattr(self, "x" + name)
try:
    Loop().a
except RecursionError as e:
    print(type(e).__name__)

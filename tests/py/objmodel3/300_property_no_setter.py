from collections import namedtuple


class A:
    @property
    def x(self):
        return 1

    y = property(lambda s: 2)
    z = x.getter(lambda s: 3)


A.late = property(lambda s: 4)
P = namedtuple("P", "a b")
for stmt in ["A().x = 1", "del A().x", "A().y = 2", "del A().y", "A().z = 0", "A().late = 5", "del A().late", "P(1, 2).a = 3", "del P(1, 2).b"]:
    try:
        exec(stmt)
    except AttributeError as e:
        print(stmt, "->", e)
print(A().x, A().y, A().z, A().late)
p = property(lambda s: 1)
p.__set_name__(A, "named")
A.named = p
try:
    A().named = 1
except AttributeError as e:
    print(e)

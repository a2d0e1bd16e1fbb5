# Instances of subclasses of built-in types keep their attributes.


class L(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.label = "L"


l = L([1, 2])
l.append(3)
l.more = 1
print(l, l.label, vars(l), len(l))


class D(dict):
    pass


d = D(a=1)
d.attr = 2
print(d, d.attr, vars(d))


class E(Exception):
    def __init__(self, msg):
        super().__init__(msg)
        self.code = 7


try:
    raise E("boom")
except E as e:
    print(e, e.code, vars(e), e.args)

err = AttributeError("x", name="n", obj=None)
print(err.name, err.obj)
try:
    object().missing
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
try:
    undefined_name
except NameError as e:
    print(e.name)
s = StopIteration(5)
print(s.value)


def f():
    pass


f.attr = 1
print(f.attr, f.__dict__)


class I(int):
    pass


i = I(5)
i.tag = "t"
print(i + 1, i.tag, vars(i))

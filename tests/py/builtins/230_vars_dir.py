class A:
    a_attr = 1
    def a_method(self):
        pass
class B(A):
    b_attr = 2
b = B()
b.inst = 3
print([n for n in dir(b) if not n.startswith("_")])
print([n for n in dir(B) if not n.startswith("_")])
print(vars(b), sorted(k for k in vars(B) if not k.startswith("_")))
import math
print([n for n in dir(math) if n in ("pi", "sqrt", "floor", "e")])
print("append" in dir([]), "upper" in dir(""), "keys" in dir({}))
def f():
    local_one = 1
    local_two = 2
    return dir()
print(f())
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)

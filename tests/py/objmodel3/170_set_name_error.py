# An exception raised by __set_name__ while a class is created comes wrapped
# in a RuntimeError naming the descriptor, the attribute and the class
# (CPython 3.11), with the original as its __cause__.
class D:
    def __set_name__(self, owner, name):
        raise TypeError(f"no {name} here")


try:
    class A:
        d = D()
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)


class Fine:
    def __set_name__(self, owner, name):
        self.where = (owner.__name__, name)


class B:
    f = Fine()


print(B.f.where)

# __del__ found through the class at the time of death: added after the class
# was made, inherited, removed.
class B:
    pass


def late_del(self):
    print("  late __del__ of", type(self).__name__)


b = B()
B.__del__ = late_del
del b
print("after adding __del__ to the class")


class Sub(B):
    pass


s = Sub()
del s
print("after inherited __del__")
del B.__del__
b = B()
del b
print("after removing __del__")


class C:
    def __del__(self):
        print("  C.__del__")


class D(C):
    def __del__(self):
        print("  D.__del__, then super")
        super().__del__()


D()
print("after D")
c = C()
c.__del__ = lambda: print("  instance attribute: not used")
del c
print("end")

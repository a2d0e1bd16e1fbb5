# __del__ added to a base class after a subclass was made still runs for
# instances of the subclass (it is looked up through the MRO at death).
class Base:
    pass


class Sub(Base):
    pass


class SubSub(Sub):
    pass


def announce(self):
    print("  __del__ of", type(self).__name__)


Base.__del__ = announce
s = Sub()
del s
print("after Sub")
SubSub()
print("after SubSub")

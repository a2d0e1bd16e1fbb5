# __slots__ on subclasses of exceptions and lists.
class MyError(Exception):
    __slots__ = ("code",)

    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code


try:
    raise MyError("bad", 42)
except MyError as e:
    print("exception with a slot:", e, e.code, e.args)
    e.extra = 1
    print("exceptions keep their __dict__:", e.__dict__)


class SlottedList(list):
    __slots__ = ("tag",)


sl = SlottedList([1, 2, 3])
sl.tag = "t"
print("list subclass:", sl, sl.tag, len(sl), sum(sl))
try:
    sl.other = 1
except AttributeError as e:
    print("AttributeError", e)
print("no __dict__:", hasattr(sl, "__dict__"))


class SlottedDict(dict):
    __slots__ = ("n",)


sd = SlottedDict(a=1)
sd.n = 5
print("dict subclass:", sd, sd.n)
try:
    class BadInt(int):
        __slots__ = ("x",)
except TypeError as e:
    print("TypeError", e)


class OkInt(int):
    __slots__ = ()


print("int subclass with empty slots:", OkInt(5) + 1)

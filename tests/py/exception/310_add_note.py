e = ValueError("bad")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second")
print(e.__notes__, str(e), repr(e))
for bad in [1, None, b"x"]:
    try:
        e.add_note(bad)
    except TypeError as t:
        print("TypeError", t)
try:
    e.add_note()
except TypeError as t:
    print("TypeError", t)
f = RuntimeError()
f.__notes__ = ("tuple",)
try:
    f.add_note("x")
except TypeError as t:
    print("TypeError", t)


class MyError(Exception):
    pass


m = MyError(1, 2)
m.add_note("n")
print(m.__notes__, m.args)
import traceback

print(traceback.format_exception_only(type(e), e))

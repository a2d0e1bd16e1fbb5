# format_exception_only: names, messages, failing __str__, notes.
import traceback


class Plain(Exception):
    pass


class Qualified(Exception):
    __module__ = "some.module"


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no str")


class Outer:
    class Inner(Exception):
        pass


for exc in [Plain(), Plain("msg"), Plain("a", "b"), Qualified("q"),
            BadStr("x"), Outer.Inner("nested"), KeyError(), KeyError("k"),
            KeyError(""), OSError(2, "ENOENT"), StopIteration(3),
            SystemExit(1), None]:
    print(traceback.format_exception_only(exc))

print(traceback.format_exception_only(ValueError, ValueError("old style")))
print(traceback.format_exception_only(ValueError, None))

e = ValueError("with notes")
e.__notes__ = ["first note", "two\nlines", 42]
print(traceback.format_exception_only(e))
e.__notes__ = "abc"
print(traceback.format_exception_only(e))
e.__notes__ = 42
print(traceback.format_exception_only(e))
e.__notes__ = None
print(traceback.format_exception_only(e))

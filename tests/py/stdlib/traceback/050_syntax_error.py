# SyntaxError reports: the File line, the source line and the caret.
import traceback


def show(*args):
    for line in traceback.format_exception_only(SyntaxError(*args)):
        print(repr(line))
    print("--")


show("invalid syntax", ("f.py", 3, 5, "    x = = 1\n", 3, 8))
show("m", ("f.py", 2, 1, "abc\n"))
show("m", ("f.py", 2, 3, "abc", 2, 3))
show("m", ("f.py", 2, 0, "abc\n"))
show("m", ("f.py", 2, -1, " abc\n"))
show("m", ("f.py", 2, 3, " abc\n", 2, -1))
show("m", ("f.py", 2, 2, "a\tbc\n", 2, 4))
show("m", ("f.py", 2, 2, "\f  ab\n", 2, 3))
show("m", ("f.py", None, None, "text"))
show("m", (None, 4, 2, "text", 4, 3))
show("", ("f.py", 1, None, None))
show("just a message")
show()
try:
    compile("1 +* 2", "<src>", "exec")
except SyntaxError as e:
    print(traceback.format_exception_only(e)[-1], end="")


class MySyntax(SyntaxError):
    pass


print(traceback.format_exception_only(MySyntax("x", ("g.py", 1, 1, "y", 1, 2))))
print(traceback.format_exception_only(IndentationError("unexpected indent",
                                      ("h.py", 7, 5, "    pass\n", 7, 9))))

# timeit.Timer's checks: neither string nor callable, syntax errors of each
# piece on its own, exceptions of the timed code.
import io
import timeit

for args in [(5,), ("pass", 5)]:
    try:
        timeit.Timer(*args)
    except ValueError as e:
        print(type(e).__name__, e)
for args in [("return 1",), ("pass", "return 1"), ("break",), ("x = (",),
             ("pass", "if 1")]:
    try:
        timeit.Timer(*args)
    except SyntaxError as e:
        print(type(e).__name__, e)
t = timeit.Timer("1/0")
try:
    t.timeit(3)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
t = timeit.Timer("while 0: break\nx = 5\nif x:\n    pass")
print(t.timeit(2) >= 0)
try:
    timeit.Timer("zzz").timeit(1)
except NameError:
    buf = io.StringIO()
    t.print_exc(buf)
    print(buf.getvalue().splitlines()[-1])

# Built-in functions carry CPython's __text_signature__ and __doc__:
# inspect.signature(len) and help(len) read as in CPython.
import inspect
for f in (len, print, sorted, abs, isinstance, getattr, max, compile, open, pow, round, sum, divmod, __import__):
    try:
        print(f.__name__, inspect.signature(f))
    except ValueError as e:
        print(f.__name__, "ValueError", e)
    print(repr(f.__doc__[:60]), repr(f.__text_signature__))
help(len)
help(sorted)
print(len.__doc__ == "Return the number of items in a container.")
print([f.__name__ for f in (dir, vars, iter, next, breakpoint) if f.__text_signature__ is None])

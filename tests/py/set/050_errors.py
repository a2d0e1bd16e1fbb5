for fn in [lambda: {[1, 2]}, lambda: set([{}]), lambda: {1}.add([]), lambda: frozenset([[1]])]:
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {1} + {2}
except TypeError as e:
    print(type(e).__name__, e)

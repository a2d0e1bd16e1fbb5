# RecursionError from structures nested deeper than the recursion limit:
# the message says where CPython's guard caught it.
def nested_list(n):
    l = []
    for _ in range(n):
        l = [l]
    return l

def nested_tuple(base, n):
    t = base
    for _ in range(n):
        t = (t,)
    return t

def check(name, f):
    try:
        f()
        print(name, "ok")
    except RecursionError as e:
        print(name, type(e).__name__, e)

check("repr list", lambda: repr(nested_list(5000)))
check("str list", lambda: str(nested_list(5000)))
check("repr dict", lambda: repr({1: nested_list(5000)}))
check("== list", lambda: nested_list(5000) == nested_list(5000))
check("< list", lambda: nested_list(5000) < nested_list(5000))
check("isinstance", lambda: isinstance(1, nested_tuple(int, 5000)))
check("issubclass", lambda: issubclass(int, nested_tuple(str, 5000)))

def callable_chain(n):
    f = iter([1, 2]).__next__
    for _ in range(n):
        f = iter(f, object()).__next__
    return f()
check("iter callable", lambda: callable_chain(5000))
check("iter callable shallow", lambda: print(callable_chain(50)))

import sys
old = sys.getrecursionlimit()
sys.setrecursionlimit(100)
check("limit 100, depth 50", lambda: repr(nested_list(50)))
check("limit 100, depth 150", lambda: repr(nested_list(150)))
sys.setrecursionlimit(old)
print("isinstance flat", isinstance(1, (str, (bytes, (int,)))))
print("issubclass flat", issubclass(bool, ((str,), int)))

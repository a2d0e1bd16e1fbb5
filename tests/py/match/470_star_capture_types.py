def f(x):
    match x:
        case [first, *rest]:
            return type(rest).__name__, rest

print(f((1, 2, 3)))
print(f(range(3)))
print(f("ab" and [1]))

match {"a": 1}:
    case {**rest}:
        print(type(rest).__name__, rest)

from collections import OrderedDict
match OrderedDict(b=2, a=1):
    case {"b": 2, **rest}:
        print(type(rest).__name__, rest)

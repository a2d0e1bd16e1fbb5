class A:
    __match_args__ = ("x", "y")
    x = 1
    y = 2

class B:
    __match_args__ = ["x"]

class C:
    __match_args__ = (1,)

class D:
    pass

def attempt(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, type(e).__name__, e)

def not_a_class():
    match 5:
        case len():
            return "?"

def too_many():
    match A():
        case A(a, b, c):
            return "?"

def not_tuple():
    match B():
        case B(x):
            return "?"

def not_str():
    match C():
        case C(x):
            return "?"

def none_allowed():
    match D():
        case D(x):
            return "?"

def builtin_two():
    match 5:
        case int(a, b):
            return "?"

def repeated():
    match A():
        case A(x, x=1):
            return "?"

for label, f in [("not a class", not_a_class), ("too many", too_many), ("not tuple", not_tuple),
                 ("not str", not_str), ("none allowed", none_allowed), ("builtin two", builtin_two),
                 ("repeated", repeated)]:
    attempt(label, f)

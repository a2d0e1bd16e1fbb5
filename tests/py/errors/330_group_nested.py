# Nested groups: each level is drawn one step further right.
def leaf(cls, msg):
    try:
        raise cls(msg)
    except Exception as e:
        return e


def inner():
    raise ExceptionGroup("inner", [leaf(KeyError, "k"), leaf(OSError, "os")])


try:
    inner()
except ExceptionGroup as e:
    middle = e
raise ExceptionGroup("outer", [leaf(ValueError, "v"), middle, ExceptionGroup("bare", [ZeroDivisionError("z")])])

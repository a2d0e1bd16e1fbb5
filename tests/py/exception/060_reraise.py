def inner():
    raise ValueError("original")
def middle():
    try:
        inner()
    except ValueError:
        print("middle saw it")
        raise
try:
    middle()
except ValueError as e:
    print("outer:", e)
def convert():
    try:
        inner()
    except ValueError as e:
        raise TypeError("converted") from e
try:
    convert()
except TypeError as e:
    print(type(e).__name__, e, "cause:", repr(e.__cause__))
def reraise_instance():
    try:
        inner()
    except ValueError as e:
        raise e
try:
    reraise_instance()
except ValueError as e:
    print("same instance:", e)

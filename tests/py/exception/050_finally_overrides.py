def ret_override():
    try:
        return 1
    finally:
        return 2
print(ret_override())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())
def replace():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")
try:
    replace()
except KeyError as e:
    print(type(e).__name__, e, type(e.__context__).__name__, e.__context__)

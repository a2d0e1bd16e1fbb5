def f():
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b")
    finally:
        print("finally still runs")
try:
    f()
except TypeError as e:
    print(type(e).__name__, e, "context:", e.__context__)
def g():
    try:
        return "try"
    finally:
        try:
            raise KeyError("inner")
        except KeyError:
            print("handled inside finally")
print(g())

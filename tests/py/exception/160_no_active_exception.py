try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def handler():
    try:
        raise KeyError("x")
    except KeyError:
        pass
    try:
        raise
    except RuntimeError as e:
        print("after handled:", e)
handler()

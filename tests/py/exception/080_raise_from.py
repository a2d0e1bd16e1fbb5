class AppError(Exception):
    pass
def load():
    try:
        int("abc")
    except ValueError as e:
        raise AppError("load failed") from e
try:
    load()
except AppError as e:
    print(e, "<-", type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
    print(e.__context__ is e.__cause__)
try:
    raise RuntimeError("x") from KeyError("explicit")
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise RuntimeError("y") from 5
except TypeError as e:
    print(type(e).__name__, e)

print(None, True, False, ...)
print(Ellipsis is ..., repr(...))
def stub():
    ...
print(stub())
print(type(None).__name__, type(...).__name__)

def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    return True
print(f(1), f.__annotations__)
x: int = 5
y: list
print(x, "y" in dir())
class C:
    attr: int = 3
    other: str
print(C.attr, C.__annotations__)
def g(v: undefined_but_ok if False else int) -> None:
    return None
print(g(1))

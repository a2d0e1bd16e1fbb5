class MyError(Exception):
    pass
class DetailedError(MyError):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[1]}"
try:
    raise DetailedError(404, "not found")
except MyError as e:
    print(type(e).__name__, e, e.code, e.args, isinstance(e, Exception))
print(str(MyError()), str(MyError("one")), str(MyError("a", 2)), repr(MyError("a", 2)))
print(repr(MyError()), MyError("x").args, issubclass(DetailedError, MyError))
class Plain(Exception):
    def __init__(self):
        pass
print(repr(str(Plain())), Plain().args)

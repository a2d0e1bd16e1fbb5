def f(x):
    match x:
        case {"div": (a, b)}:
            try:
                return a / b
            except ZeroDivisionError as e:
                return f"error: {e}"
            finally:
                print("finally for", a, b)
        case _:
            with open_ctx() as c:
                return c

class open_ctx:
    def __enter__(self):
        return "ctx value"
    def __exit__(self, *a):
        print("exit")

print(f({"div": (1, 2)}))
print(f({"div": (1, 0)}))
print(f(None))

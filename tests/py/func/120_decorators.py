def shout(fn):
    def wrapper(*a, **k):
        return str(fn(*a, **k)).upper() + "!"
    return wrapper
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
calls = []
def log(fn):
    calls.append(fn.__name__)
    return fn
@shout
def greet(name):
    return "hello " + name
@repeat(3)
def one():
    return 1
@log
@shout
@repeat(2)
def stacked(x):
    return x
print(greet("bob"), one(), stacked("y"), calls)

from collections import defaultdict

class Missing(dict):
    def __missing__(self, key):
        print("__missing__", key)
        return "made up"

def f(x):
    match x:
        case {"k": v}:
            return ("k", v)
        case _:
            return "no k"

print(f(Missing(a=1)))
print(f(Missing(k=2)))
dd = defaultdict(list)
print(f(dd))
print(dict(dd))

class Getter(dict):
    def get(self, key, default=None):
        print("get", key)
        return super().get(key, default)

print(f(Getter(k=3)))
print(f(Getter(z=3)))

def documented(x):
    "A docstring."
    return x
print(documented.__name__, documented.__doc__, documented.__qualname__)
class K:
    def method(self):
        def inner():
            pass
        return inner
print(K.method.__qualname__, K().method().__qualname__, K.method.__name__)
documented.custom = 42
print(documented.custom, callable(documented), documented.__module__)
lam = lambda: None
print(lam.__name__, lam.__doc__)

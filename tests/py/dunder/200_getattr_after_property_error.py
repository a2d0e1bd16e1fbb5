# An AttributeError raised by a property (or a custom __getattribute__) means
# "missing": __getattr__ is tried next, hasattr() says False, and without a
# __getattr__ the original error (with its own message) propagates.
class A:
    @property
    def p(self):
        raise AttributeError("inner")

    def __getattr__(self, name):
        return "fallback " + name


print(A().p)


class B:
    @property
    def p(self):
        raise AttributeError("inner message")


print(hasattr(B(), "p"), getattr(B(), "p", "default"))
try:
    B().p
except AttributeError as e:
    print("AttributeError:", e)


class C:
    def __getattribute__(self, name):
        if name == "hidden":
            raise AttributeError("custom: " + name)
        return object.__getattribute__(self, name)


try:
    C().hidden
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(C(), "hidden"))

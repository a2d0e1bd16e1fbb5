"""A helper module imported by the import tests."""
print("helper_mod: executing top level, __name__ =", __name__)

CONST = 42
_private = "hidden"
items = []


def func(x):
    return x * 2


def add_item(v):
    items.append(v)
    return len(items)


class Klass:
    def __init__(self, v):
        self.v = v

    def show(self):
        return "Klass(%r)" % (self.v,)


if __name__ == "__main__":
    print("helper_mod run as main: should not happen in tests")

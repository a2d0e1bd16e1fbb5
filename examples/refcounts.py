"""Reference counting: every reference adds one to an object's count, and the
object is freed the moment the count drops to zero.

Run it with `kaa examples/refcounts.py` or `python3 examples/refcounts.py`.
See docs/internals/refcounting.md. sys.getrefcount(x) reports one more than
you might expect: its own argument is a reference too.
"""

import sys


class Tracked:
    """An object that announces its own death."""

    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(f"    -> __del__ {self.name}")


def show(label, count):
    # `count` is sys.getrefcount(obj) - 1: getrefcount's own argument is one
    # more reference, so the number shown is what the program holds.
    print(f"  {label:<38} refcount = {count}")


print("references held by the program:")
obj = Tracked("obj")
show("obj = Tracked()", sys.getrefcount(obj) - 1)
alias = obj
show("alias = obj", sys.getrefcount(obj) - 1)
items = [obj, obj, obj]
show("items = [obj, obj, obj]", sys.getrefcount(obj) - 1)
table = {"key": obj}
show("table = {'key': obj}", sys.getrefcount(obj) - 1)
pair = (obj, obj)
show("pair = (obj, obj)", sys.getrefcount(obj) - 1)
del pair
show("del pair", sys.getrefcount(obj) - 1)
items.pop()
show("items.pop()", sys.getrefcount(obj) - 1)
items.clear()
show("items.clear()", sys.getrefcount(obj) - 1)
table["key"] = None
show("table['key'] = None", sys.getrefcount(obj) - 1)
del alias
show("del alias", sys.getrefcount(obj) - 1)

print()
print("the last reference going away runs __del__ at once:")
print("  del obj")
del obj
print("  (next statement)")

print()
print("rebinding a name drops the old object:")
x = Tracked("first")
print("  x = Tracked('second')")
x = Tracked("second")
print("  x = None")
x = None

print()
print("a function's locals die when it returns:")


def work():
    tmp = Tracked("local of work()")
    print("  work() is running")
    return 42


print("  work() returned", work())

print()
print("a container frees its items when it is freed:")
box = [Tracked("item 0"), Tracked("item 1")]
print("  del box")
del box
print("  (next statement)")

# gc.is_tracked: objects that can hold references are tracked by the collector.
# Tuples and dicts of atoms, which are untracked, are tested in
# gc/010_untrack_atoms.py. Not tested, on purpose: CPython never tracks
# built-in types such as int; Kaa tracks every type (see docs/internals/gc.md,
# "Comparison with CPython").
import gc


class C:
    pass


class S:
    __slots__ = ("a",)


def f():
    pass


n = 3
cases = [
    ("int", 1), ("str", "a"), ("float", 1.5), ("None", None), ("bytes", b"x"),
    ("object()", object()), ("range", range(3)),
    ("empty list", []), ("list", [1]), ("dict with a list", {"a": []}),
    ("tuple built at run time", tuple([n, n])), ("tuple with a list", ([],)),
    ("instance", C()), ("slotted instance", S()), ("class", C), ("function", f),
    ("lambda", lambda: 0), ("set", {1}), ("frozenset", frozenset([1])),
    ("generator", (x for x in [])), ("module", gc), ("bound method", C().__init__),
]
for name, o in cases:
    print(f"{name}: {gc.is_tracked(o)}")
d = {}
d["y"] = []
print("dict after storing a list:", gc.is_tracked(d))

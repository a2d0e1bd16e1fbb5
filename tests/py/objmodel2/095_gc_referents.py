# gc.get_referents / get_referrers on simple containers. (The order of the
# referents, and whether a dict's str keys are listed, are CPython details.)
import gc


def has(seq, obj):
    return any(r is obj for r in seq)


a, b, c = [1], [2], [3]
r = gc.get_referents([a, b, c])
print("list:", len(r), has(r, a), has(r, b), has(r, c))
r = gc.get_referents((a, b))
print("tuple:", len(r), has(r, a), has(r, b))
r = gc.get_referents({"k": a})
print("dict value listed:", has(r, a))
print("ints, floats and strs refer to nothing:", gc.get_referents(1, "s", 2.5))
print("several arguments:", len(gc.get_referents([a], [b, c])))
holder = [a]
print("holder refers to a:", has(gc.get_referrers(a), holder))


class C:
    pass


x = C()
print("instance referents include its class:", has(gc.get_referents(x), C))

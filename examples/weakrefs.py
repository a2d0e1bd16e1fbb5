"""Weak references: refer to an object without keeping it alive.

A cache built on weakref.WeakValueDictionary empties itself as its values
die; callbacks and weakref.finalize say when that happens. Run it with
`kaa examples/weakrefs.py` or `python3 examples/weakrefs.py`; see
docs/internals/weakref.md.
"""

import gc
import weakref


class Image:
    """Something expensive to load, shared while anyone uses it."""

    loads = 0

    def __init__(self, name):
        Image.loads += 1
        self.name = name


class ImageCache:
    def __init__(self):
        self._images = weakref.WeakValueDictionary()

    def get(self, name):
        img = self._images.get(name)
        if img is None:
            img = Image(name)
            self._images[name] = img
        return img

    def __len__(self):
        return len(self._images)


cache = ImageCache()
print("a cache that does not keep its images alive:")
a = cache.get("sky.png")
b = cache.get("sky.png")
c = cache.get("sea.png")
print(f"  3 requests, {Image.loads} loads, same object: {a is b}, cached: {len(cache)}")
del a
print(f"  del a      -> cached: {len(cache)} (b still uses sky.png)")
del b
print(f"  del b      -> cached: {len(cache)}")
del c
print(f"  del c      -> cached: {len(cache)}")
d = cache.get("sky.png")
print(f"  sky.png again: loads = {Image.loads} (it had to be loaded again)")
del d

print()
print("a weak reference and its callback:")


def gone(ref):
    print(f"    callback: the referent is gone, ref() is {ref()}")


img = Image("sun.png")
r = weakref.ref(img, gone)
print(f"  r() is img: {r() is img}, weak references to img: {weakref.getweakrefcount(img)}")
print("  del img")
del img
print(f"  r() is now {r()}")

print()
print("weakref.finalize runs a function when an object dies:")
log = []
imgs = [Image(f"frame{i}.png") for i in range(5)]
for im in imgs:
    weakref.finalize(im, log.append, im.name)
del im
print(f"  5 images with finalizers, log: {log}")
del imgs[:3]
print(f"  del imgs[:3] -> log: {log}")
imgs.clear()
print(f"  imgs.clear() -> {len(log)} entries in the log")

print()
print("weak references to objects in a cycle die when the collector runs:")
node = Image("loop")
node.me = node
w = weakref.ref(node)
del node
print(f"  after del: alive = {w() is not None} (the cycle keeps it)")
print(f"  gc.collect() = {gc.collect() > 0}, alive = {w() is not None}")

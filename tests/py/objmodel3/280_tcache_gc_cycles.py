# The type attribute cache: classes in reference cycles collected by gc while
# a finalizer changes a base class and reads the name through the subclass.
import gc

log = []

class Base:
    val = "base"

def scenario(i):
    class Mid(Base):
        pass
    class Leaf(Mid):
        def __del__(self):
            Mid.val = "changed %d" % i
            log.append(Leaf.val)
            log.append(Mid.val)
    leaf = Leaf()
    log.append(leaf.val)
    leaf.cycle = leaf
    Leaf.me = Leaf
    Leaf.inst = leaf

for i in range(3):
    scenario(i)
    gc.collect()
print(log)

# Classes dropped in bulk, then a fresh hierarchy sees its own attributes.
def family(n):
    class R:
        x = n
    class S(R):
        pass
    S.me = S
    return S

for n in range(20):
    family(n).x
gc.collect()
S = family(99)
print(S.x, S().x)
del S.__mro__[1].x
print(hasattr(S, "x"), hasattr(S(), "x"))

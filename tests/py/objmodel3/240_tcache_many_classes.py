# The type attribute cache: many classes made and dropped in a loop (new ones
# may reuse the memory of old ones); each must see only its own attributes.
import gc

def make(i):
    class Base:
        val = i
        def get(self):
            return ("base", self.val)
    if i % 3 == 0:
        class K(Base):
            def get(self):
                return ("k", self.val)
    elif i % 3 == 1:
        class K(Base):
            val = -i
    else:
        K = Base
    return K

total = []
for i in range(300):
    K = make(i)
    o = K()
    total.append(o.get())
    if i % 50 == 0:
        gc.collect()
print(total[:6])
print(sum(v for _, v in total), len(total))

# Same names, different presence: a miss on one class is no miss on the next.
hits = 0
for i in range(200):
    ns = {"a": 1} if i % 2 else {}
    T = type("T", (), ns)
    t = T()
    hits += hasattr(t, "a")
    hits += hasattr(T, "a")
print(hits)

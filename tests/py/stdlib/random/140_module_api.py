# The module's names, constants and the functions bound to random._inst.
import random
import math

print(random.__all__)
print(random.NV_MAGICCONST, random.LOG4, random.SG_MAGICCONST)
print(random.BPF, random.RECIP_BPF, random.TWOPI == math.tau)
for name in random.__all__:
    if name not in ("Random", "SystemRandom"):
        f = getattr(random, name)
        print(name, f.__self__ is random._inst, f.__name__)

random.seed(10)
a = [random.random(), random.randint(1, 9), random.choice("xyz")]
random.seed(10)
b = [random.random(), random.randint(1, 9), random.choice("xyz")]
print(a == b, a)
st = random.getstate()
c = random.random()
random.setstate(st)
print(c == random.random())
print(random._inst.getstate() == random.getstate())
random.seed(10)
print(random.random() == random.Random(10).random())
print(random.Random.__name__, random.SystemRandom.__mro__[1] is random.Random)
print(issubclass(random.Random, random._random.Random))

# pow(a, b, m) where operands fit a word (the 128-bit path) and where they do not: signs, inverses, m = ±1
import random
r = random.Random(3)
vals = [0, 1, -1, 2, -2, 3, 7, -7, 2**31, 2**62, 2**63-1, -2**63, 2**63, 2**64+1, -2**64, 10**30+7]
out = []
for a in vals:
    for b in [0, 1, 2, 5, -1, -2, 2**62, 10**20]:
        for m in [1, -1, 2, 7, -7, 2**61-1, 2**63-1, -2**63, 10**19, 2**64-59, 10**30+57]:
            try:
                out.append(pow(a, b, m))
            except Exception as e:
                out.append(str(e))
            try:
                out.append(a.__pow__(b, m))
            except Exception as e:
                out.append(str(e))
for i in range(3000):
    a = r.getrandbits(70) - 2**69; b = r.getrandbits(10) - 300; m = r.getrandbits(r.choice([3, 40, 63, 64])) or 5
    m *= r.choice([1, -1])
    try: out.append(pow(a, b, m))
    except Exception as e: out.append(str(e))
print(len(out), sum(x if isinstance(x, int) else len(x) for x in out))
print(out[:40])

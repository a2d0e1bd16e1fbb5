# getrandbits() for every size, and randbytes().
import random

r = random.Random(1234)
for k in [0, 1, 2, 7, 8, 31, 32, 33, 63, 64, 65, 100, 128, 257]:
    print(k, r.getrandbits(k))
print(r.getrandbits(1000).bit_length() <= 1000)
big = random.Random(5).getrandbits(3000)
print(big % 1000003, big.bit_length())
words = random.Random(5)
print(sum(words.getrandbits(32) << (32 * i) for i in range(3)) == random.Random(5).getrandbits(96))
print(r.getrandbits(True))

print(r.randbytes(0), r.randbytes(1), r.randbytes(10))
print(len(r.randbytes(1000)))
a = random.Random(9).randbytes(16)
b = random.Random(9).getrandbits(128).to_bytes(16, "little")
print(a == b)

def attempt(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)

attempt(r.getrandbits, -1)
attempt(r.getrandbits, 1.0)
attempt(r.getrandbits, "3")
attempt(r.getrandbits, 2**31)
attempt(r.getrandbits, -2**70)
attempt(r.getrandbits)
attempt(r.getrandbits, k=3)
attempt(r.randbytes, -1)
attempt(r.randbytes, 1.5)
attempt(r.randbytes, "x")

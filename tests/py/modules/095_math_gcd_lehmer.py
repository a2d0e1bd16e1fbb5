# gcd and lcm of word-sized and big ints of many sizes (the Lehmer path), and edge cases
import math, random
r = random.Random(5)
out = []
for i in range(3000):
    bits = r.choice([1, 5, 30, 63, 64, 65, 100, 200, 1000, 5000])
    a = r.getrandbits(bits) * r.choice([1, -1]); b = r.getrandbits(r.choice([1, 64, 65, 300, 3000]))* r.choice([1, -1])
    c = r.getrandbits(200)
    out.append(math.gcd(a * c, b * c) % 1000000007)
    out.append(math.gcd(a, b, c) % 1000000007)
    out.append(math.lcm(a % 10**30, b % 10**30) % 1000000007)
print(sum(out), out[:20])
print(math.gcd(-2**63, 0), math.gcd(-2**63, -2**63), math.gcd(0, 0), math.gcd(), math.gcd(7), math.gcd(2**64, 2**65), math.gcd(0, -5))
print(math.gcd(2**1000*3**50, 2**500*3**70) == 2**500*3**50)

x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x **= 3; print(x)
x %= 5; print(x)
n = 6
n &= 3; n |= 8; n ^= 1; n <<= 2; n >>= 1
print(n)
s = "a"
s += "b"; s *= 2
print(s)
lst = [1, 2, 3]
lst[1] += 10
lst[-1] *= 2
print(lst)
d = {"k": 1}
d["k"] += 1
d.setdefault("n", []).append(1)
print(d)
class C: pass
c = C()
c.v = 1
c.v += 1
print(c.v)
calls = []
def key():
    calls.append("key")
    return 0
arr = [5]
arr[key()] += 1
print(arr, calls)

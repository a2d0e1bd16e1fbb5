# Building strings: += in a loop, join, repetition, formatting. Results are
# equal whichever way they are built, new objects unless nothing changed.
s = ""
for i in range(1000):
    s += str(i % 10)
print(len(s), s[:12], s[-5:], s.count("7"))

parts = []
for i in range(1000):
    parts.append(str(i % 10))
j = "".join(parts)
print(j == s, j is s, len(j))

t = ""
for ch in "abc":
    t = t + ch * 3
print(t)

u = "x"
alias = u
u += "y"
print(u, alias, u is alias)

w = "é"
for _ in range(3):
    w += "ü€"
print(w, len(w), w[3], w[-1])

base = "hello world"
print(base + "" is base, "" + base is base, base * 1 is base, (base * 0) == "")
print(str(base) is base, base[:] is base, base[0:len(base)] is base, base[::1] is base)
print(base.strip() is base, base.replace("z", "q") is base, base.ljust(3) is base)
print(base.upper() is base.upper(), base + "!" == "hello world!")
b = "".join(["a", "b"])
print(b + "" is b, "".join([b]) is b, "%s" % b == b)

acc = []
for k in range(5):
    acc.append(f"{k}:{k * k}")
print(", ".join(acc), "-" * 10, "ab" * 3)

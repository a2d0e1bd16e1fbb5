for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a, b, c)
for first, *rest in ["abc", "de"]:
    print(first, rest)
d = {}
for d["key"] in range(3):
    pass
print(d)
class O:
    pass
o = O()
for o.attr in "xy":
    pass
print(o.attr)
lst = [0, 0]
for lst[0], lst[1] in [(1, 2)]:
    pass
print(lst)
for i, ch in enumerate("hi", start=1):
    print(i, ch)

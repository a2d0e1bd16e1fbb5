import pprint
a = [1, 2]
a.append(a)
text = pprint.pformat(a)
print(text.startswith('[1, 2, <Recursion on list with id='), text.endswith('>]'))
print(pprint.isrecursive(a), pprint.isreadable(a))
d = {'self': None}
d['self'] = d
print(pprint.saferepr(d).startswith("{'self': <Recursion on dict with id="))
print(pprint.isrecursive(d), pprint.isreadable(d))
t = ([],)
t[0].append(t)
print(pprint.saferepr(t).startswith('([<Recursion on tuple with id='))
shared = [1, 2]
both = [shared, shared, {'x': shared}]
pprint.pprint(both)
print(pprint.isrecursive(both), pprint.isreadable(both))
big = [list(range(30))]
big.append(big)
lines = pprint.pformat(big, width=40).splitlines()
print(len(lines), lines[0], lines[-1].startswith(' <Recursion on list with id='))
p = pprint.PrettyPrinter()
print(p.isrecursive(a), p.isreadable([1, (2, {3: 4})]), p.isreadable([1, object]))

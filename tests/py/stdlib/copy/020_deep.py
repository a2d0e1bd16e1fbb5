# copy.deepcopy: recursive copies, shared references and cycles preserved.
import copy

inner = [1, 2]
outer = [inner, inner, {"x": inner}]
d = copy.deepcopy(outer)
print(d == outer, d[0] is not inner, d[0] is d[1], d[2]["x"] is d[0])
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc, dc[0])
dd = {}
dd["self"] = dd
print(copy.deepcopy(dd)["self"] is not dd)
t = (1, "a", (2, 3))
print(copy.deepcopy(t) is t)
t2 = (1, [2])
dt2 = copy.deepcopy(t2)
print(dt2 == t2, dt2 is t2, dt2[1] is t2[1])
lst = []
tt = (lst,)
lst.append(tt)
dtt = copy.deepcopy(tt)
print(dtt[0][0] is dtt, type(dtt).__name__)
memo = {}
a = [1, [2]]
b = copy.deepcopy(a, memo)
print(memo[id(a)] is b, memo[id(a[1])] is b[1], id(memo) in memo)
again = copy.deepcopy(a, memo)
print(again is b)
nested = {"k": [{"z": (1, [2])}]}
n2 = copy.deepcopy(nested)
print(n2 == nested, n2["k"][0]["z"][1] is not nested["k"][0]["z"][1])
text = "some text"
print(copy.deepcopy(int) is int, copy.deepcopy(len) is len, copy.deepcopy(text) is text)

lst = [10, 20, 30, 40]
print(lst[0], lst[-1], lst[-4], lst[2])
t = (1, (2, 3), [4, 5])
print(t[1][0], t[2][-1], t[-1][0])
s = "hello"
print(s[1], s[-1], s[len(s) - 1])
d = {"a": {"b": [1, 2, {"c": "deep"}]}}
print(d["a"]["b"][2]["c"])
m = [[1, 2], [3, 4]]
m[1][0] = 99
print(m)
print((1, 2, 3)[True], "xyz"[False])

print(eval("1 + 2 * 3"), eval("[x * x for x in range(4)]"), eval("'a' + 'b'"))
ns = {"y": 10}
print(eval("y + 1", ns), eval("z * 2", {}, {"z": 4}), eval("len(s)", {"s": "abc"}))
exec("result = 6 * 7")
print(result)
g = {}
exec("def sq(n):\n    return n * n\nvalue = sq(9)", g)
print(g["value"], g["sq"](3), "__builtins__" in g)
l = {}
exec("a = 1\nb = a + 1", {}, l)
print(l)
print(exec("1 + 1"), eval("None"))
code = """
total = 0
for i in range(5):
    total += i
"""
scope = {}
exec(code, scope)
print(scope["total"])
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__)
try:
    eval("undefined_thing_q")
except NameError as e:
    print(type(e).__name__, e)

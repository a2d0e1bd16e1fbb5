c = compile("x * 2", "<expr>", "eval")
print(eval(c, {"x": 21}), type(c).__name__)
s = compile("out = [i for i in range(n)]", "<stmts>", "exec")
g = {"n": 3}
exec(s, g)
print(g["out"])
loc = {}
exec(compile("a = 5\nb = a * a", "<multi>", "exec"), {}, loc)
print(loc)
single = compile("k = 1", "<s>", "exec")
ns1, ns2 = {}, {}
exec(single, ns1)
exec(single, ns2)
print(ns1["k"], ns2["k"])
try:
    compile("def (", "<bad>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.filename)
try:
    compile("1", "<m>", "bogus")
except ValueError as e:
    print(type(e).__name__, e)

src = """
match v:
    case [x, y]:
        result = x + y
    case _:
        result = None
"""
ns = {"v": [1, 2]}
exec(src, ns)
print(ns["result"], ns["x"], ns["y"])
ns = {"v": 5}
exec(src, ns)
print(ns["result"], "x" in ns)

code = compile("match 1:\n case 1: pass\n", "<s>", "exec")
print(type(code).__name__)

for bad in ["match x:\n case a:\n  pass\n case b:\n  pass\n", "match x:\n case [a, *b, *c]: pass\n"]:
    try:
        compile(bad, "<s>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)

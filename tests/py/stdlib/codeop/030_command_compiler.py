# CommandCompiler remembers __future__ statements; its results run.
import codeop

c = codeop.CommandCompiler()
print(c("x = (1 +"))
code = c("x = 40 + 2")
ns = {}
exec(code, ns)
print(ns["x"])
print(c("if True:\n  y = 1") is None)
code = c("if True:\n  y = 1\n")
exec(code, ns)
print(ns["y"])
print(type(c("1 + 1", "<e>", "eval")).__name__)
try:
    c("1 +")
except SyntaxError as e:
    print(type(e).__name__, e)
print(codeop.compile_command.__name__, callable(codeop.Compile()))

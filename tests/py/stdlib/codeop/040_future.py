# kaa: skip known gap: compile() ignores __future__ flags (no CO_FUTURE_ANNOTATIONS in co_flags, flags argument unused)
# CommandCompiler remembers a __future__ import for the commands after it.
import codeop

c = codeop.CommandCompiler()
before = c.compiler.flags
c("from __future__ import annotations")
print(c.compiler.flags != before)
ns = {}
exec(c("def f(x: int): pass\n"), ns)
print(ns["f"].__annotations__)
exec(codeop.compile_command("def g(x: int): pass\n"), ns)
print(ns["g"].__annotations__)

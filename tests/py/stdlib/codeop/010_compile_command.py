# codeop.compile_command: a code object when complete, None when more input
# is needed, SyntaxError when complete but invalid.
import codeop

def show(src, symbol="single"):
    try:
        r = codeop.compile_command(src, "<input>", symbol)
        print(repr(src), "->", type(r).__name__)
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, e)

for src in ["x = 1", "x = 1\n", "", "# comment", "a = 1; b",
            "if x:", "if x:\n  pass", "if x:\n  pass\n", "if x:\n  pass\n\n",
            "for i in x: print(i)", "for i in x: print(i)\n",
            "@dec", "@dec\ndef f(): pass", "@dec\ndef f(): pass\n", "@",
            "(1,", "x = [1,\n2]", "'''abc", "\\", "a = 1 \\\n",
            "def f():\n  x = 1\n  return x", "try:\n  pass\n",
            "if x:\n  pass\nelse:", "def f(",
            "1 +", "x = ", "a b", "if x:\n  a b\n", "1 if", "with a as",
            "class A", "if x", "'abc"]:
    show(src)

show("1 + 1", "eval")
show("(1 +", "eval")
show("x = 1", "exec")

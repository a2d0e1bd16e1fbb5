# compile(..., 'single') takes one statement (or simple ones on one line);
# codeop reports the same errors.
import codeop

for src in ["1\n2", "abc = 1\ny", "x=1; y=2\nz", "1;2",
            "class A:\n  pass\nx = 1", "for i in x: pass\ny",
            "if 1:\n  pass\n\n\nx=1\n", "x=1\n\n# c\n"]:
    try:
        compile(src, "f", "single")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno)
    try:
        r = codeop.compile_command(src)
        print("  codeop:", type(r).__name__)
    except SyntaxError as e:
        print("  codeop:", type(e).__name__, e)

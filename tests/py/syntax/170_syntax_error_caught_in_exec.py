snippets = ["x = = 1", "def f(:\n    pass", "(1, 2", "if True\n    pass", "'abc", "  indented = 1", "return 1", "1 +* 2"]
for src in snippets:
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__, "line", e.lineno)
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))

try:
    import helper_syntax_error
except SyntaxError as e:
    print(type(e).__name__, e.lineno)
print("still running")

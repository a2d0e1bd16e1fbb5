try:
    raise KeyboardInterrupt
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("caught", type(e).__name__)
try:
    raise SystemExit(3)
except SystemExit as e:
    print("SystemExit code", e.code, e.args)
try:
    raise GeneratorExit()
except BaseException as e:
    print(type(e).__name__, isinstance(e, Exception))
try:
    raise StopIteration("v")
except Exception as e:
    print(type(e).__name__, e.value)

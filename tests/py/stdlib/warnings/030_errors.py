import warnings

for bad in [
    lambda: warnings.warn("x", "y"),
    lambda: warnings.warn("x", int),
    lambda: warnings.filterwarnings("bogus"),
    lambda: warnings.filterwarnings("error", category=int),
    lambda: warnings.filterwarnings("error", category="x"),
    lambda: warnings.filterwarnings("error", message=1),
    lambda: warnings.filterwarnings("error", module=1),
    lambda: warnings.simplefilter("error", lineno=-1),
    lambda: warnings.simplefilter("nope"),
]:
    try:
        bad()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
c = warnings.catch_warnings()
try:
    c.__exit__()
except RuntimeError as e:
    print(e)
c.__enter__()
try:
    c.__enter__()
except RuntimeError as e:
    print(e)
c.__exit__()
with warnings.catch_warnings():
    warnings.filters.insert(0, ("bogus", None, Warning, None, 0))
    try:
        warnings.warn("x")
    except RuntimeError as e:
        print(str(e).splitlines()[0])

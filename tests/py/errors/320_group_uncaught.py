# An uncaught ExceptionGroup: its traceback, then one box per sub-exception.
def check(n):
    if n % 2:
        raise ValueError(f"odd {n}")
    raise TypeError(f"even {n}")


errors = []
for i in range(3):
    try:
        check(i)
    except Exception as e:
        errors.append(e)
print("collected", len(errors))
raise ExceptionGroup("checks failed", errors)

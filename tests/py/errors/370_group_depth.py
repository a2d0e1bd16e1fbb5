# Groups nested more than 10 deep are cut off.
def deep(n):
    if n == 0:
        return ValueError("leaf")
    return ExceptionGroup(f"level {n}", [deep(n - 1)])


raise deep(12)

def make_counter(start=0, *, step=1):
    count = start
    def inc() -> int:
        nonlocal count
        count += step
        return count
    return inc

@decorator
def gen(items):
    yield from items
    total = yield
    return [t * 2 for t in items if t]

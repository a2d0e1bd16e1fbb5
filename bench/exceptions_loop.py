# Exceptions in a loop: custom exception classes (a small hierarchy with
# extra attributes), raised and caught every few iterations; try/except/
# else/finally; bare `raise` and `raise ... from ...`; exceptions crossing a
# few frames; `with` blocks whose context managers count entries and exits
# and suppress some exceptions; built-in errors from dict, list and int().


class ValidationError(Exception):
    def __init__(self, field, value):
        super().__init__(f"bad {field}: {value}")
        self.field = field
        self.value = value


class RangeError(ValidationError):
    pass


class FormatError(ValidationError):
    pass


class Retry(Exception):
    pass


class Tracker:
    """A context manager that counts and optionally suppresses."""

    def __init__(self, suppress):
        self.suppress = suppress
        self.entered = 0
        self.exited = 0
        self.suppressed = 0

    def __enter__(self):
        self.entered += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        self.exited += 1
        if exc_type is not None and issubclass(exc_type, self.suppress):
            self.suppressed += 1
            return True
        return False


def validate(i):
    if i % 5 == 0:
        raise RangeError("size", i)
    if i % 7 == 0:
        raise FormatError("name", i)
    return i * 2


def process(i):
    try:
        return validate(i)
    except FormatError as e:
        raise Retry(e.value) from e


def layer(i, depth):
    if depth == 0:
        return process(i)
    return layer(i, depth - 1)


def run_validation(n):
    ok = ranges = retries = finals = 0
    causes = 0
    for i in range(n):
        try:
            v = layer(i, 3)
        except RangeError as e:
            ranges += e.value % 11
        except Retry as e:
            retries += 1
            if isinstance(e.__cause__, FormatError):
                causes += 1
        else:
            ok += v
        finally:
            finals += 1
    return ok, ranges, retries, causes, finals


def reraise(n):
    caught = 0
    for i in range(n):
        try:
            try:
                if i % 3:
                    raise KeyError(i)
                raise IndexError(i)
            except KeyError:
                caught += 1
                raise
        except LookupError as e:
            caught += 2 if isinstance(e, KeyError) else 5
    return caught


def with_blocks(n):
    outer = Tracker(RangeError)
    inner = Tracker(FormatError)
    total = 0
    for i in range(n):
        with outer:
            with inner:
                total += validate(i)
            total += 1
    return total, outer.entered, outer.exited, outer.suppressed, inner.suppressed


def builtin_errors(n):
    d = {i: i for i in range(0, 100, 3)}
    items = list(range(50))
    counts = [0, 0, 0, 0]
    for i in range(n):
        try:
            counts[0] += d[i % 100]
        except KeyError:
            counts[1] += 1
        try:
            counts[0] += items[i % 60]
        except IndexError:
            counts[2] += 1
        try:
            counts[0] += int("12" if i % 4 else "x1")
        except ValueError:
            counts[3] += 1
    return counts


def context_chain(n):
    depth_total = 0
    for i in range(n):
        try:
            try:
                raise ValueError(i)
            except ValueError:
                raise TypeError("during handling")
        except TypeError as e:
            ctx = e.__context__
            while ctx is not None:
                depth_total += 1
                ctx = ctx.__context__
    return depth_total


def main():
    print("validation", run_validation(240000))
    print("reraise", reraise(240000))
    print("with", with_blocks(240000))
    print("builtin", builtin_errors(160000))
    print("context", context_chain(120000))


main()

# Exceptions: raise/except in a loop, custom exception hierarchies,
# try/except/else/finally, re-raise, exceptions crossing call frames,
# built-in exceptions (KeyError, ZeroDivisionError, IndexError, ValueError).


class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code


class NotFound(AppError):
    pass


class Invalid(AppError):
    pass


def check(i):
    if i % 7 == 0:
        raise NotFound(404, f"missing {i}")
    if i % 11 == 0:
        raise Invalid(400, "bad")
    return i


def deep(n, i):
    if n == 0:
        return check(i)
    return deep(n - 1, i)


def custom(n):
    codes = 0
    ok = 0
    finals = 0
    for i in range(n):
        try:
            ok += deep(5, i)
        except NotFound as e:
            codes += e.code + len(str(e))
        except AppError as e:
            codes += e.code
        else:
            ok += 1
        finally:
            finals += 1
    return ok, codes, finals


def builtin_errors(n):
    d = {"a": 1, "b": 2}
    xs = [1, 2, 3]
    counts = [0, 0, 0, 0, 0]
    for i in range(n):
        try:
            m = i % 5
            if m == 0:
                d["zz"]
            elif m == 1:
                i // (m - 1)
            elif m == 2:
                xs[i]
            elif m == 3:
                int("x" + str(i))
            else:
                counts[4] += 1
        except KeyError:
            counts[0] += 1
        except ZeroDivisionError:
            counts[1] += 1
        except IndexError:
            counts[2] += 1
        except ValueError as e:
            counts[3] += len(e.args)
    return counts


def reraise(n):
    caught = 0
    for i in range(n):
        try:
            try:
                raise ValueError(i)
            except ValueError:
                if i % 2:
                    raise
                raise KeyError(i) from None
        except (ValueError, KeyError) as e:
            caught += e.args[0] % 3
    return caught


def lookup_or_default(n):
    d = {}
    for i in range(n):
        k = i % 1000
        try:
            d[k] += 1
        except KeyError:
            d[k] = 1
    return len(d), d[0]


def main():
    print("custom", custom(330000))
    print("builtin", builtin_errors(450000))
    print("reraise", reraise(300000))
    print("default", lookup_or_default(600000))


main()

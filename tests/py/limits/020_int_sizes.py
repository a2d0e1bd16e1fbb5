# Big-int results whose size is known to be too big: CPython's exception
# types and messages (issue 16).


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r.bit_length() if isinstance(r, int) else r)
    except (MemoryError, OverflowError, ValueError) as e:
        print(label, type(e).__name__, e)


attempt("1 << 2**62", lambda: 1 << 2**62)
attempt("1 << 2**63", lambda: 1 << 2**63)
attempt("1 << 2**64", lambda: 1 << 2**64)
attempt("1 << 10**20", lambda: 1 << 10**20)
attempt("1 << 2**100", lambda: 1 << 2**100)
attempt("2**100 << 2**62*15", lambda: 2**100 << (2**62 * 15))
attempt("1 << -1", lambda: 1 << -1)
attempt("0 << 2**100", lambda: 0 << 2**100)
attempt("1 << 1000", lambda: 1 << 1000)
attempt("to_bytes 2**62", lambda: (10**100).to_bytes(2**62, "big"))
attempt("to_bytes 2**63-1", lambda: (10**100).to_bytes(2**63 - 1, "big"))
attempt("to_bytes 2**63", lambda: (10**100).to_bytes(2**63, "big"))
attempt("to_bytes -1", lambda: (10**100).to_bytes(-1, "big"))
attempt("to_bytes small", lambda: (10**100).to_bytes(3, "big"))
attempt("to_bytes ok", lambda: len((255).to_bytes(100, "little")))
attempt("3 ** 100000", lambda: 3**100000)
attempt("(-3) ** 100001", lambda: (-3) ** 100001 < 0)
attempt("pow mod", lambda: pow(7, 10**8, 10**9 + 7))

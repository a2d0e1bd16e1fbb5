# Sizes no machine can hold are refused at once with MemoryError, before
# anything is allocated (issue 16).


def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except (MemoryError, OverflowError, ValueError) as e:
        print(label, type(e).__name__, e)


attempt("list*", lambda: [0] * (2**62))
attempt("tuple*", lambda: (0, 1) * (2**62))
attempt("str*", lambda: "a" * (2**62))
attempt("bytes*", lambda: b"a" * (2**62))
attempt("bytearray*", lambda: bytearray(b"a") * (2**62))
attempt("bytes(n)", lambda: bytes(2**62))
attempt("bytearray(n)", lambda: bytearray(2**62))
attempt("list(range)", lambda: list(range(2**62)))
attempt("tuple(range)", lambda: tuple(range(2**62)))
attempt("ljust", lambda: "a".ljust(2**62))
attempt("center", lambda: "a".center(2**62))
attempt("zfill", lambda: "a".zfill(2**62))
attempt("b.ljust", lambda: b"a".ljust(2**62))
attempt("%*d", lambda: "%*d" % (2**62, 1))
attempt("join", lambda: "-".join(["a"] * (2**62)))


def imul():
    x = [0]
    x *= 2**62


attempt("list*=", imul)
attempt("str* too big", lambda: "a" * (2**63))
attempt("list* too big", lambda: [0] * (2**63))
attempt("len range", lambda: len(range(2**63)))
attempt("list(range) too big", lambda: list(range(10**20)))

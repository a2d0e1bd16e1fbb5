# A call that is the whole statement gets no markers; the inner line does.
def check(n):
    if n > 2:
        raise ValueError(f"too big: {n}")


check(1)
check(3)

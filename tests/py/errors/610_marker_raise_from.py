# raise ... from: the cause's markers, then the new exception's.
def convert(s):
    try:
        return float(s) * 2
    except ValueError as e:
        raise RuntimeError("bad input") from e


convert("1.5")
convert("abc")

def parse(s):
    try:
        return int(s)
    except ValueError:
        raise RuntimeError("parse failed for " + s)
print(parse("1"))
parse("x")

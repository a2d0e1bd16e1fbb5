print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or "default", [] or None, None or 0)
print("x" and "y" and "z", "x" and "" and "z")
print(not 0, not 1, not "", not [1], not None)
def side(v, log):
    log.append(v)
    return v
log = []
r = side(0, log) and side(1, log)
print(r, log)
log = []
r = side(3, log) or side(4, log)
print(r, log)
log = []
r = side(0, log) or side("", log) or side([], log)
print(repr(r), log)
print(type(1 and True), type(0 or 1.5))

# Names are bound only when the whole pattern matches...
match [1, 2]:
    case [a, 3]:
        print("no")
    case _:
        pass
try:
    a
except NameError as e:
    print(type(e).__name__, e)

# ...but a failed guard leaves the names of its (matched) pattern bound.
match [1, 2]:
    case [b, c] if b > c:
        print("no")
    case _:
        pass
print(b, c)

# an OR pattern binds its names from whichever alternative matched
match (5, 0):
    case (0, v) | (v, 0):
        print("v =", v)

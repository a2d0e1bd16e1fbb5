def f(x):
    match x:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case _:
            return "other"

# None, True and False compare by identity: 1 is not True, 0 is not False.
for v in [None, True, False, 1, 0, 1.0, 0.0, "", [], ()]:
    print(repr(v), f(v))

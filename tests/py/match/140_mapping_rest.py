def f(x):
    match x:
        case {"a": 1, **rest}:
            return ("a is 1", rest)
        case {**everything}:
            return ("all", everything)

r = f({"a": 1, "b": 2, "c": 3})
print(r)
print(f({"a": 2}))
print(f({}))
d = {"a": 1}
res = f(d)
print(res, res[1] is d)

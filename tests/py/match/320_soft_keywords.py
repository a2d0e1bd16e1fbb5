# `match` and `case` are ordinary names outside a match statement.
match = [1, 2]
case = {"k": "v"}
print(match, case)
print(match[0], case["k"])
match.append(3)
print(match)

def match(x):
    return x * 2

print(match(4))

class case:
    match = "attr"
print(case.match)

def f(match, case=None):
    match match:
        case case if case is None:
            return "case was bound"
    return "?"

print(f(1))
_ = "underscore"
print(_)
match: int = 5
print(match)

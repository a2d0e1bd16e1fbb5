def describe(name, age, city="?"):
    return f"{name}/{age}/{city}"
print(describe("A", 1), describe(age=2, name="B"), describe("C", city="X", age=3))
def kw(**kwargs):
    return kwargs
print(kw(), kw(a=1, b=2), kw(**{"x": 1}, y=2))
opts = {"age": 9, "city": "Y"}
print(describe("D", **opts))

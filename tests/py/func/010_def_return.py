def add(a, b):
    return a + b
def nothing():
    pass
def early(x):
    if x:
        return "truthy"
    print("falls through")
def multi():
    return 1, "two", [3]
print(add(2, 3), add("a", "b"), nothing(), early(1), early(0), multi())
def no_value():
    return
print(no_value(), type(add).__name__, add.__name__)

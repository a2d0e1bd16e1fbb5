def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter()
print(c(), c(), c())
d = counter()
print(d(), c())
def outer():
    x = "a"
    def middle():
        nonlocal x
        x += "b"
        def inner():
            nonlocal x
            x += "c"
        inner()
    middle()
    return x
print(outer())

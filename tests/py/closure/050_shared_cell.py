def pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = pair()
print(get())
set_(42)
print(get())
g2, s2 = pair()
print(g2(), get())
def accumulate():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    return add, items
add, items = accumulate()
add("a"); add("b")
print(items)

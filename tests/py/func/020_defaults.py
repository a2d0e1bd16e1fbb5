def f(a, b=2, c="three"):
    return a, b, c
print(f(1), f(1, 5), f(1, c="x"), f(a=0))
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []))
def safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe(1), safe(2))
counter = 10
def snapshot(v=counter):
    return v
counter = 20
print(snapshot(), f.__defaults__)

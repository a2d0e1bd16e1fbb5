# adversarial: list.reverse, del l[a:b] (at the front, with a step), slice assignment (a run, an extended slice), insert and pop at the front, remove of the first item, on a list of 1,000,000 items in an endless loop: fuel counts the items each moves, so a small budget runs out within a few iterations, long before the deadline
# cli: skip
# embedded: Fuel
# fuel: 100_000
# within: 6
n = 10**6
l = list(range(1000)) * (n // 1000)
evens = [0] * len(l[::2])
while True:
    l.reverse()
    del l[0:1]
    l.insert(0, -1)
    l[0:1] = [1, 2]
    l.pop(0)
    l[::2] = evens
    x = l.pop(0)
    l.insert(0, x)
    l.remove(l[0])
    l.insert(0, 0)
    del l[1::n]
    l[1:1] = [5]

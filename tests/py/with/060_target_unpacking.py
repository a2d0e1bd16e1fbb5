class Pair:
    def __enter__(self):
        return (1, [2, 3])
    def __exit__(self, *a):
        return None
with Pair() as (a, (b, c)):
    print(a, b, c)
d = {}
with Pair() as d["k"]:
    pass
print(d)
class Counter:
    count = 0
    def __enter__(self):
        Counter.count += 1
        return Counter.count
    def __exit__(self, *a):
        Counter.count -= 1
with Counter() as x, Counter() as y:
    print(x, y, Counter.count)
print(Counter.count)

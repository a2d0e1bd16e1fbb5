calls = []
def it(name, n):
    calls.append(name)
    return range(n)
print([(a, b) for a in it("outer", 2) for b in it("inner", 2)])
print(calls)
first = [i for i in range(3)]
print(first, [i for i in "ab" for _ in range(2)])
print(list(x for x in range(3) if x != 1), [*(x for x in "hi")])

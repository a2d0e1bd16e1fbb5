def g():
    yield from range(3)
it = g()
print(list(it), list(it), sum(g()))
gen_expr = (x for x in range(3))
print(sorted(gen_expr), max(gen_expr, default="empty"))
def stateful():
    print("started")
    yield 1
    print("resumed")
    yield 2
    print("finishing")
s = stateful()
print("created")
for v in s:
    print("got", v)

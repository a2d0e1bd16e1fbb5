def resource():
    try:
        for i in range(10):
            yield i
    finally:
        print("cleanup")
gen = resource()
for v in gen:
    if v == 2:
        break
    print(v)
print("after loop, generator still open")
gen.close()
print("after close")
g = resource()
print(next(g))
g.close()
print(list(g))
def fully():
    try:
        yield 1
    finally:
        print("cleanup on exhaustion")
print(list(fully()))

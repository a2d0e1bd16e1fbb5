# throw() and close() on a generator in `yield from` go to the inner generator first.
def inner():
    try:
        yield 1
    except ValueError:
        print("inner caught")
        yield "recovered"
    finally:
        print("inner finally")

def outer():
    r = yield from inner()
    print("outer resumed", r)
    yield "outer after"

g = outer()
print(next(g))
print(g.throw(ValueError))
print(next(g))
g2 = outer()
next(g2)
g2.close()
print(g2.gi_yieldfrom)

class Custom:
    def __iter__(self):
        return self
    def __next__(self):
        return "custom"
    def throw(self, typ, val=None, tb=None):
        print("custom throw", typ.__name__)
        raise StopIteration("from throw")

def via_custom():
    r = yield from Custom()
    yield f"got {r}"

g3 = via_custom()
print(next(g3))
print(type(g3.gi_yieldfrom).__name__)
print(g3.throw(KeyError))

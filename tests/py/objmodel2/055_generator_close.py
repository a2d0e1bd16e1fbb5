# A generator dropped while suspended is closed: its finally blocks run and
# GeneratorExit is raised inside it.
def gen(name):
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  GeneratorExit in", name)
        raise
    finally:
        print("  finally of", name)


g = gen("g")
next(g)
del g
print("after del of a suspended generator")
g = gen("fresh")
del g
print("after del of an unstarted generator: nothing ran")
g = gen("done")
print(list(g))
del g
print("after del of a finished generator")


def holder():
    inner = gen("inner")
    next(inner)
    return "returned"


print(holder())
print("after the holder frame ended")


def swallow():
    try:
        yield 1
    finally:
        return


g = swallow()
next(g)
g = None
print("finally may return: no error")


def refuses():
    try:
        yield 1
    finally:
        yield 2


g = refuses()
next(g)
g = None
print("a generator that yields in finally: RuntimeError is ignored")

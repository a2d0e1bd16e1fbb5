# Exceptions raised by an input iterator or a callback reach the caller
import itertools

class Boom(Exception):
    pass

def failing(n):
    for i in range(n):
        yield i
    raise Boom("after %d" % n)

def run(name, f):
    try:
        print(name, f())
    except Boom as e:
        print(name, "Boom", e)

run("accumulate", lambda: list(itertools.accumulate(failing(3))))
run("chain", lambda: list(itertools.chain([9], failing(2))))
run("from_iterable", lambda: list(itertools.chain.from_iterable(map(lambda i: [i], failing(2)))))
run("compress data", lambda: list(itertools.compress(failing(2), itertools.repeat(1))))
run("compress selectors", lambda: list(itertools.compress("abc", failing(1))))
run("cycle", lambda: list(itertools.islice(itertools.cycle(failing(2)), 5)))
run("dropwhile", lambda: list(itertools.dropwhile(lambda x: x < 5, failing(3))))
run("takewhile", lambda: list(itertools.takewhile(lambda x: x < 5, failing(3))))
run("filterfalse", lambda: list(itertools.filterfalse(None, failing(3))))
run("groupby", lambda: [k for k, g in itertools.groupby(failing(3))])
run("islice", lambda: list(itertools.islice(failing(3), 5)))
run("islice skip", lambda: list(itertools.islice(failing(3), 5, None)))
run("pairwise", lambda: list(itertools.pairwise(failing(3))))
run("starmap", lambda: list(itertools.starmap(pow, failing(0))))
run("tee", lambda: list(itertools.tee(failing(2))[1]))
run("zip_longest", lambda: list(itertools.zip_longest("abcdef", failing(2))))
run("product", lambda: list(itertools.product("ab", failing(2))))
run("permutations", lambda: list(itertools.permutations(failing(2))))
run("combinations", lambda: list(itertools.combinations(failing(2), 1)))
run("cwr", lambda: list(itertools.combinations_with_replacement(failing(2), 1)))

def bad(*args):
    raise Boom("callback")
run("accumulate func", lambda: list(itertools.accumulate([1, 2], bad)))
run("dropwhile pred", lambda: list(itertools.dropwhile(bad, [1])))
run("takewhile pred", lambda: list(itertools.takewhile(bad, [1])))
run("filterfalse pred", lambda: list(itertools.filterfalse(bad, [1])))
run("groupby key", lambda: list(itertools.groupby([1], bad)))
run("starmap func", lambda: list(itertools.starmap(bad, [()])))
class Num:
    def __float__(self):
        return 1.0
    def __add__(self, other):
        raise Boom("add")
c = itertools.count(Num())
run("count add", lambda: next(c))
run("count add again", lambda: next(c))

# After an error, islice, pairwise and zip_longest are exhausted; others go on.
it = iter([1, 2])
def flaky():
    yield 1
    raise Boom("once")
s = itertools.islice(flaky(), 5)
print(next(s))
run("islice again", lambda: next(s))
print(next(s, "exhausted"))
z = itertools.zip_longest(flaky(), "abc")
print(next(z))
run("zip again", lambda: next(z))
print(next(z, "exhausted"))
t, = itertools.tee(flaky(), 1)
print(next(t))
run("tee again", lambda: next(t))
print(next(t, "exhausted"))

# Argument checks and CPython's messages.
import heapq


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: heapq.heappop([]))
attempt(lambda: heapq.heapreplace([], 1))
attempt(lambda: heapq.heappush((), 1))
attempt(lambda: heapq.heappush(None, 1))
attempt(lambda: heapq.heapify(None))
attempt(lambda: heapq.heapify((3, 1)))
attempt(lambda: heapq.heappop("abc"))
attempt(lambda: heapq.heappushpop((), 1))
attempt(lambda: heapq.heapreplace({}, 1))
attempt(lambda: heapq.heappush([], 1, 2))
attempt(lambda: heapq.heappush([]))
attempt(lambda: heapq.heappush(h=[], item=1))
attempt(lambda: heapq.heappop())
attempt(lambda: heapq.heappop([], 1))
attempt(lambda: heapq.heapify([], 1))
attempt(lambda: heapq.heapify(x=[]))
attempt(lambda: heapq.heappushpop([1]))
attempt(lambda: heapq.heapreplace([1], 1, 2))
attempt(lambda: heapq.heappush([1, "a"], 2))
attempt(lambda: heapq.heappush(["a"], 2))
attempt(lambda: heapq.heapify([1, "a", 2.0]))
attempt(lambda: heapq.heappushpop([1], "x"))


class NoOrder:
    pass


h = [NoOrder()]
attempt(lambda: heapq.heappush(h, NoOrder()))
print(len(h))
attempt(lambda: heapq.heappop([NoOrder(), NoOrder(), NoOrder()]))


class Boom:
    def __lt__(self, other):
        raise ValueError("boom")


attempt(lambda: heapq.heappush([Boom()], Boom()))
attempt(lambda: heapq.heappushpop([Boom()], Boom()))
attempt(lambda: type(heapq.heappushpop([], Boom())).__name__)
attempt(lambda: heapq.heapify([Boom(), Boom()]))

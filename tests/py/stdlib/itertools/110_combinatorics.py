# permutations, combinations, combinations_with_replacement
import itertools

P, C, W = itertools.permutations, itertools.combinations, itertools.combinations_with_replacement
print(list(P("abc")))
print(list(P("abcd", 2)))
print(list(P(range(3), 0)), list(P([], 0)), list(P([])), list(P([1, 2], 3)))
print(list(P([1, 2], r=None)), list(P([1, 2], r=True)))
print(len(list(P(range(6)))), len(list(P(range(7), 3))))
print(list(C("abcd", 2)))
print(list(C(range(4), 3)))
print(list(C("ab", 0)), list(C([], 0)), list(C("ab", 3)), list(C([], 1)))
print(len(list(C(range(20), 4))))
print(list(W("abc", 2)))
print(list(W([1, 2], 3)))
print(list(W([], 0)), list(W([], 2)), list(W("ab", 0)))
print(len(list(W(range(5), 3))))
# results keep the order of the input (the positions, not the values)
print(list(C([3, 1, 2], 2)), list(P([2, 2], 2)))

for f in [
    lambda: C([1, 2], -1), lambda: C([1, 2]), lambda: C(), lambda: C([1], 2, 3),
    lambda: C([1], "a"), lambda: C([1], 1.5), lambda: C(1, -1), lambda: C([1], 2**70),
    lambda: C([1], iterable=2), lambda: C([1], foo=2), lambda: C(iterable=1, r=2, foo=3),
    lambda: W([1, 2], -1), lambda: W([1]), lambda: W([1], 1, 1),
    lambda: P([1, 2], -1), lambda: P([1], "a"), lambda: P([1], 1.5), lambda: P(),
    lambda: P([1], 1, 1), lambda: P([1], foo=1), lambda: P(1, "a"), lambda: P([1], 2**70),
]:
    try:
        f()
        print("ok")
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(list(C(r=1, iterable=[1, 2])), list(W(iterable="ab", r=1)))

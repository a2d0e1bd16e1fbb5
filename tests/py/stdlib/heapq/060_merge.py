# merge: lazy merge of sorted inputs; key=, reverse=, stability.
import heapq

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge()), list(heapq.merge([])), list(heapq.merge([1], [])))
print(list(heapq.merge(["dog", "horse"], ["cat", "fish", "kangaroo"], key=len)))
print(list(heapq.merge([7, 5, 1], [8, 2], reverse=True)))
print(list(heapq.merge(["bb", "a"], ["ccc", "d"], key=len, reverse=True)))

# Equal items come out in the order of their inputs.
a = [(1, "a1"), (2, "a2")]
b = [(1, "b1"), (2, "b2")]
print(list(heapq.merge(a, b, key=lambda p: p[0])))

gen = heapq.merge(iter([1, 4]), iter([2, 3]))
print(next(gen), next(gen), list(gen))
print(type(heapq.merge([1])).__name__)

calls = []


def key(x):
    calls.append(x)
    return x


print(list(heapq.merge([1, 2, 3], [2], key=key)), calls)

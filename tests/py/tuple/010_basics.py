t = (1, "a", 2.5)
print(t, len(t), t[0], t[-1], t[1:], type(t).__name__)
print((), (1,), (1), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
x = 1, 2, 3
print(x, type(x).__name__)
single = 5,
print(single, len(single))
print((1, 2) + (3,), (0,) * 3, 2 * ("a", "b"), (1, 2) == (1, 2), () == ())

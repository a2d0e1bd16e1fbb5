print(list(range(5)), list(range(2, 7)), list(range(0, 10, 3)), list(range(10, 0, -2)))
print(list(range(0)), list(range(5, 2)), list(range(-3, 3)), list(range(3, -4, -3)))
for i in range(3):
    print(i, end=" ")
print()
print(sum(range(101)), len(range(0, 100, 7)), type(range(1)).__name__)

i = 0
while i < 3:
    print("loop", i)
    i += 1
else:
    print("else ran, i =", i)
j = 0
while j < 10:
    if j == 2:
        print("breaking")
        break
    j += 1
else:
    print("not printed")
while False:
    pass
else:
    print("else on zero iterations")
n = 10
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)

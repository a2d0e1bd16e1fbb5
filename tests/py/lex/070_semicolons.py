a = 1; b = 2; print(a, b)
if a: print("one"); print("two")
for i in range(3): print(i, end=" "); print("|", end=" ")
print()
while a < 3: a += 1; print("a", a)
def f(): return 5;
print(f());

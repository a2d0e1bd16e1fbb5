for i in range(3):
    pass
print("after for", i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print(type(e).__name__, e)
k = 0
while k < 2:
    inner = k * 10
    k += 1
print(k, inner)
def f():
    for q in range(5):
        pass
    return q
print(f())

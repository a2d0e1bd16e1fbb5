for x in [1, 2, 3]:
    print(x, end=" ")
else:
    print("| done")
for x in range(10):
    if x * x > 20:
        print("found", x)
        break
else:
    print("not found")
for x in []:
    print("never")
else:
    print("empty else")
def find(items, target):
    for i, v in enumerate(items):
        if v == target:
            return i
    else:
        return -1
print(find("abc", "c"), find("abc", "z"))

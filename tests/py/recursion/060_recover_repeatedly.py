def boom():
    return boom()
caught = 0
for _ in range(5):
    try:
        boom()
    except RecursionError:
        caught += 1
print("caught", caught)
def deep_then_fine(n):
    try:
        return deep_then_fine(n + 1)
    except RecursionError:
        return n
print(deep_then_fine(0) > 100)

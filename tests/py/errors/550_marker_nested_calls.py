# Nested calls: each frame shows its own failing expression.
def parse(text):
    return int(text)


def total(items):
    return sum([parse(i) for i in items])


print(total(["1", "2"]))
print("sum:", total(["3", "x"]))

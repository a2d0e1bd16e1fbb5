def level3(v):
    return int(v)
def level2(v):
    return level3(v) + 1
def level1(v):
    return level2(v) * 2
print(level1("5"))
print(level1("five"))

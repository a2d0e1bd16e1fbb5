def run(cmds):
    out = []
    for c in cmds:
        match c:
            case "skip":
                continue
            case "stop":
                break
            case ("repeat", n, word):
                for _ in range(n):
                    out.append(word)
            case other:
                out.append(other)
    else:
        out.append("<end>")
    return out

print(run(["a", "skip", ("repeat", 2, "b"), "c"]))
print(run(["a", "stop", "c"]))

def first_even(xs):
    for x in xs:
        match x:
            case int(n) if n % 2 == 0:
                return n
    return None
print(first_even([1, 3, 6, 8]), first_even([1]))

i = 0
while True:
    match i:
        case 3:
            break
        case _:
            i += 1
print("i =", i)

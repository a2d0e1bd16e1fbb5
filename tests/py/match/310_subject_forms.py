def f(*args):
    match args:
        case ():
            return "no args"
        case (x,):
            return ("one", x)
        case _:
            return "many"

print(f(), f(1), f(1, 2))

a, b = 1, [2, 3]
match a, *b:
    case (1, 2, 3):
        print("tuple subject with star")
match a,:
    case (1,):
        print("one-tuple subject")
match (n := 10):
    case 10:
        print("walrus subject", n)
match [i * 2 for i in range(3)]:
    case [0, 2, 4]:
        print("comprehension subject")

print("this line must not run: the whole file fails to compile")
match {}:
    case {1: a, True: b, 1.0: c}:
        pass

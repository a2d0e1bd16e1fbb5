print("this line must not run: the whole file fails to compile")
match 3:
    case _:
        pass
    case 1:
        pass

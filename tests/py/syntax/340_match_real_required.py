print("this line must not run: the whole file fails to compile")
match 1:
    case 1j + 1j:
        pass

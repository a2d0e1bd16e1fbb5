print("this line must not run: the whole file fails to compile")
x = = 1

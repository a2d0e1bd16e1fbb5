print("never printed")
f() = 3

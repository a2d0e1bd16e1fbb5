print("never printed")
s = "this string never ends
print(s)

print("never printed")
x = 5 $ 3

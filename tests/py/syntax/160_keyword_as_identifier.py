print("never printed")
class = 5

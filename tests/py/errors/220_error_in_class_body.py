print("defining class")
class Broken:
    value = 1 // 0

# AttributeError on an attribute inside a longer line: ^^^^ under it.
class Point:
    def __init__(self):
        self.x = 1


p = Point()
total = p.x + p.y

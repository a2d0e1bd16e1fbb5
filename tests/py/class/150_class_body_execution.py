print("before class")
class C:
    print("executing class body")
    x = 1
    for i in range(3):
        x += i
    if x > 2:
        big = True
    def m(self):
        return self.x
print("after class", C.x, C.big, C.i, C().m())
class D:
    y = [1, 2]
    z = len(y)
print(D.z)

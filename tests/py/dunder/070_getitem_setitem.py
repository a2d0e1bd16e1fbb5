class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        print("get", key)
        return self.cells.get(key, 0)
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]
g = Grid()
g[1, 2] = "a"
print(g[1, 2], g[0, 0])
g["k"] = 5
g["k"] += 1
print(g.cells)
del g[1, 2]
print(g.cells)
print(g["absent"], len(g.cells))

# IndexError in a nested subscript.
grid = [[1, 2], [3, 4]]
cell = grid[1][5]

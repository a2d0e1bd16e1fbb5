found = None
for i in range(1, 10):
    for j in range(1, 10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print(found)
grid = []
for r in range(3):
    row = []
    for c in range(4):
        row.append(r * c)
    grid.append(row)
print(grid)
total = 0
for row in grid:
    for v in row:
        if v == 0:
            continue
        total += v
print(total)

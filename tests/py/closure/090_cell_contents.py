# cell objects: cell_contents reads, writes and empties a closure's cell.
def f():
    x = 1
    def g():
        return x
    return g

g = f()
c = g.__closure__[0]
print(type(c).__name__, c.cell_contents, g())
c.cell_contents = 5
print(c.cell_contents, g())
del c.cell_contents
try:
    c.cell_contents
except ValueError as e:
    print("ValueError", e)
try:
    g()
except NameError as e:
    print("NameError", e)
del c.cell_contents
c.cell_contents = [1, 2]
print(g())

def later():
    def inner():
        return y
    cell = inner.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print("ValueError", e)
    y = "set"
    return cell.cell_contents

print(later())

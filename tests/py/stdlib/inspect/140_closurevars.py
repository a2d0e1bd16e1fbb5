import inspect
x = 10
def cl():
    y = 1
    def inner(): return x + y + len([]) + undefined_name
    return inner
cv = inspect.getclosurevars(cl())
print(cv.nonlocals, cv.globals, sorted(cv.builtins), cv.unbound)
try:
    inspect.getclosurevars(5)
except TypeError as e:
    print('TypeError', e)

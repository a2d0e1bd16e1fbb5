def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), make_adder(-1)(1))
def outer():
    msg = "captured"
    return lambda: msg
print(outer()())
print(add5(add10(0)), [make_adder(i)(i) for i in range(3)])

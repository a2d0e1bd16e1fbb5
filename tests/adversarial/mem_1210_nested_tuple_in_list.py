# adversarial: `in`, list.count and list.index of a nested tuple (three levels of 4,000 items) among equal ones under a deadline (or the fuel)
# cli: skip
# embedded: Deadline|Fuel
# within: 6
x = (0,) * 4000
y = tuple([0] * 4000)
A = ((x,) * 4000,) * 4000
B = ((y,) * 4000,) * 4000
lst = [1, 2, B]
if A in lst:
    print(lst.count(A), lst.index(A))
raise ValueError("the searches finished within the limits")

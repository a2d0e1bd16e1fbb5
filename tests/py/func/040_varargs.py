def total(*nums):
    return type(nums).__name__, sum(nums)
print(total(), total(1), total(1, 2, 3), total(*range(5)))
def head_tail(first, *rest):
    return first, rest
print(head_tail(1), head_tail(1, 2, 3), head_tail(*"abc"))
def both(*args, **kwargs):
    return args, kwargs
print(both(1, 2, x=3), both(*[1], **{"k": "v"}))

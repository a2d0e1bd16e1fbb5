import pprint
nums = [1, 12345, 1234567890, -9876543210, 10 ** 20, True, 3.14159, 0]
pprint.pprint(nums, underscore_numbers=True)
pprint.pprint(nums)
print(pprint.pformat({'big': 2 ** 70}, underscore_numbers=True))
class I(int):
    pass
print(pprint.pformat([I(1000000)], underscore_numbers=True))
class J(int):
    def __repr__(self):
        return 'J(%d)' % self
print(pprint.pformat([J(1000000)], underscore_numbers=True))
pprint.pprint(list(range(10 ** 6, 10 ** 6 + 20)), underscore_numbers=True, width=50)

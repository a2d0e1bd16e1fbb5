import pprint
nums = list(range(60))
pprint.pprint(nums, compact=True)
pprint.pprint(nums, compact=True, width=30)
words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'] * 3
pprint.pprint(words, compact=True, width=40)
pprint.pprint(tuple(words), compact=True, width=35)
pprint.pprint([list(range(12)), 'text', list(range(40))], compact=True, width=30)
pprint.pprint({'k': list(range(50))}, compact=True, width=40)
pprint.pprint(set(range(50)), compact=True, width=40)
pprint.pprint([['x' * 15] * 2, ['y' * 30]], compact=True, width=20)
pprint.pprint(nums, compact=True, indent=3, width=40)

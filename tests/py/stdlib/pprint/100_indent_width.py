import pprint
data = {'first': list(range(15)), 'second': {'inner': ('a', 'b', 'c') * 4},
        'third': [{'x': 1, 'y': 2}, {'x': 3, 'y': 4}]}
for indent in (0, 1, 2, 4, 8):
    print('indent', indent)
    pprint.pprint(data, indent=indent, width=40)
for width in (1, 10, 25, 60, 200):
    print('width', width)
    pprint.pprint(data, width=width)
for kwargs in [{'indent': -1}, {'width': 0}, {'indent': '2'}, {'width': 10.7}]:
    try:
        print(pprint.pformat([1, 2, 3], **kwargs))
    except ValueError as e:
        print(type(e).__name__, e)

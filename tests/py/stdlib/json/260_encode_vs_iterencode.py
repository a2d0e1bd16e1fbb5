import json

class Thing:
    def __init__(self, n):
        self.n = n

def default(o):
    if isinstance(o, Thing):
        return {'thing': o.n, 'list': [o.n] * o.n}
    raise TypeError('no')

data = [1, 2.5, None, True, 'x\u00e9"', [], {}, [[{}]], {'b': [1, {'c': ()}], 'a': Thing(2)},
        (3, 4), {1: 'i', 1.5: 'f', None: 'n', False: 'b'}]
options = [{}, {'indent': 2}, {'indent': '\t', 'sort_keys': False},
           {'separators': (',', ':')}, {'ensure_ascii': False, 'indent': 0},
           {'check_circular': False, 'indent': 1}]
for opts in options:
    enc = json.JSONEncoder(default=default, **opts)
    whole = enc.encode(data)
    chunks = list(enc.iterencode(data))
    print(opts, whole == ''.join(chunks), len(chunks) > 1)
    print(ascii(whole))
bad = [[float('nan')], {'k': float('inf')}, {float('-inf'): 1}, [{(1,): 2}], [object()]]
for opts in [{}, {'indent': 2}]:
    enc = json.JSONEncoder(allow_nan=False, **opts)
    for b in bad:
        for how in ('encode', 'iterencode'):
            try:
                if how == 'encode':
                    enc.encode(b)
                else:
                    list(enc.iterencode(b))
            except (ValueError, TypeError) as e:
                print(opts, how, type(e).__name__, e)

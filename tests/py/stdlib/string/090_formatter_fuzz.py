# Many generated format strings through Formatter.parse and vformat.
from string import Formatter
seed = 2024
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return (seed >> 8) % n
alphabet = '{}[]!:.a0 1rsx'
f = Formatter()
args = (1, 'xy', [3, 4], {'a': 5})
kwargs = {'a': 'A', 'x': 2.5, 'r': [9]}
for i in range(400):
    text = ''.join(alphabet[rnd(len(alphabet))] for _ in range(rnd(9)))
    try:
        parsed = list(f.parse(text))
    except ValueError as e:
        parsed = 'ValueError: %s' % e
    try:
        result = repr(f.vformat(text, args, kwargs))
    except Exception as e:
        result = '%s: %s' % (type(e).__name__, e)
    print(repr(text), parsed, result)

# Many generated nested structures laid out at varied widths and options.
import pprint
seed = 99
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return (seed >> 8) % n
words = ['alpha', 'beta gamma', 'x' * 30, 'spaces   here and there', 'l1\nl2\n', '',
         ' lead', 'trail ', "q'\"s", 'é ü ñ ' * 4]
def gen(depth):
    c = rnd(12) if depth < 4 else rnd(4)
    if c == 0:
        return [0, 1, -5, 10 ** rnd(25), 123456789, True, None, 2.5][rnd(8)]
    if c == 1:
        return words[rnd(len(words))] * (1 + rnd(4))
    if c == 2:
        return bytes((rnd(256) for _ in range(rnd(40))))
    if c == 3:
        return ['k', 'key_' * 3, 3][rnd(3)]
    if c <= 6:
        return [gen(depth + 1) for _ in range(rnd(8))]
    if c == 7:
        return tuple(gen(depth + 1) for _ in range(rnd(5)))
    if c <= 9:
        return {['a', 'bb', 'ccc' * 4, 'd'][rnd(4)] + str(rnd(10)): gen(depth + 1)
                for _ in range(rnd(6))}
    if c == 10:
        return {rnd(100) for _ in range(rnd(30))}
    return frozenset([10 ** 9, 2, 33333, 4, 5 * 10 ** 12][:rnd(6)])
for i in range(120):
    obj = gen(0)
    width = [1, 5, 10, 20, 30, 40, 60, 80, 100][rnd(9)]
    indent = [0, 1, 2, 4][rnd(4)]
    depth = [None, None, 1, 2, 3][rnd(5)]
    compact = rnd(2) == 0
    sort_dicts = rnd(3) != 0
    print('#', i, width, indent, depth, compact, sort_dicts)
    print(pprint.pformat(obj, indent=indent, width=width, depth=depth,
                         compact=compact, sort_dicts=sort_dicts))

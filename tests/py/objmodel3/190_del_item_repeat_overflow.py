# `del obj[i]` on an object that cannot delete items: CPython says
# "doesn't" for types with the sequence protocol and "does not" for the
# rest; a repeat count outside the index range is an OverflowError whatever
# its sign.
for o in [1, 'ab', (1,), b'x', range(3), frozenset(), None, len, {1}, {}.keys()]:
    try:
        del o[0]
    except TypeError as e:
        print(e)


class Seq:
    def __len__(self):
        return 0


try:
    del Seq()[0]
except TypeError as e:
    print(e)

for src in ["[1] * -2**70", "(1,) * -2**70", "'a' * -2**70", "b'a' * -2**70", "[1] * 2**70", "-2**70 * [1]"]:
    try:
        eval(src)
    except OverflowError as e:
        print(src, e)
print([1] * -5, (1,) * -(2**62), 'a' * 0)

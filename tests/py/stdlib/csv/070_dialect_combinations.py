# Many combinations of dialect parameters: which error wins, or the result.
import csv, io, random
rnd = random.Random(5)
vals = {'delimiter': [',', '', 'ab', 1, None], 'quotechar': ['"', None, '', 2], 'escapechar': [None, 'xy', 3, '\\'],
 'lineterminator': ['\n', None, 5], 'quoting': [0, 3, 9, 'x', None, True], 'doublequote': [0, 1], 'strict': [1]}
for i in range(300):
    kw = {k: rnd.choice(v) for k, v in vals.items() if rnd.random() < 0.5}
    try:
        d = csv.reader([], **kw).dialect
        print(i, 'ok', [getattr(d, a) for a in ('delimiter','quotechar','escapechar','lineterminator','quoting','doublequote','strict','skipinitialspace')])
    except Exception as e:
        print(i, type(e).__name__, e)
class Base:
    delimiter = ';'
    quoting = csv.QUOTE_ALL
for kw in [{}, {'delimiter': ':'}]:
    d = csv.reader([], Base, **kw).dialect
    print(d.delimiter, d.quoting)
d = csv.get_dialect('excel')
print(csv.reader([], 'excel').dialect is d, csv.reader([], d).dialect is d, csv.writer(io.StringIO(), dialect='unix').dialect.lineterminator == '\n')

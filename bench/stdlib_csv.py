"""csv round trips: ~200k rows written with csv.writer (QUOTE_MINIMAL, so
fields with commas, quotes and newlines get quoted), read back with
csv.reader and csv.DictReader, plus a DictWriter pass and a QUOTE_NONNUMERIC
read. Rows are written to and read back from files in a temporary
directory (opened with newline=''). Prints a deterministic check."""

import csv
import os
import tempfile


def make_rows(n):
    # A 32-bit LCG, so the data is the same everywhere.
    state = 4321
    words = ['alpha', 'beta', 'gamma', 'delta', 'caf\u00e9', 'with,comma',
             'quote"d', 'line\nbreak', '', 'epsilon zeta']
    rows = []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7fffffff
        r = state
        rows.append([str(i), words[r % 10], words[(r >> 4) % 10],
                     str(r % 100000), '%.3f' % ((r % 10000) / 7.0)])
    return rows


def main():
    rows = make_rows(100000)
    with tempfile.TemporaryDirectory() as d:
        p = os.path.join(d, 'rows.csv')
        with open(p, 'w', newline='') as f:
            w = csv.writer(f)
            w.writerow(['id', 'a', 'b', 'n', 'x'])
            w.writerows(rows)
        with open(p, newline='') as f:
            text = f.read()
        with open(p, newline='') as f:
            back = list(csv.reader(f))
        check = len(text) + len(back) + sum(len(r[1]) for r in back)
        total = 0
        with open(p, newline='') as f:
            for rec in csv.DictReader(f):
                total += int(rec['n'])
        p2 = os.path.join(d, 'dict.csv')
        with open(p2, 'w', newline='') as f:
            dw = csv.DictWriter(f, ['id', 'a', 'n'], extrasaction='ignore')
            dw.writeheader()
            for r in rows[:50000]:
                dw.writerow({'id': r[0], 'a': r[1], 'n': int(r[3])})
        size2 = os.path.getsize(p2)
        p3 = os.path.join(d, 'num.csv')
        with open(p3, 'w', newline='') as f:
            w = csv.writer(f, quoting=csv.QUOTE_NONNUMERIC)
            w.writerows([[int(r[0]), r[1], float(r[4])] for r in rows[:50000]])
        nums = 0.0
        with open(p3, newline='') as f:
            for r in csv.reader(f, quoting=csv.QUOTE_NONNUMERIC):
                nums += r[2]
    print(check, total, size2, back[1:] == rows, round(nums, 3))


main()

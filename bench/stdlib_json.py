"""json round trips: dumps and loads of a generated document of a few MB
(records of dicts, lists, strs with escapes and non-ASCII text, floats,
ints, booleans and nulls), with the default options, ensure_ascii=False,
sort_keys and compact separators, plus object_pairs_hook decoding.
Prints a deterministic check of the texts and values."""

import json


def make_records(n):
    # A 32-bit LCG, so the data is the same everywhere.
    state = 12345
    def rnd():
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7fffffff
        return state
    words = ['alpha', 'beta', 'gamma', 'delta', 'caf\u00e9', 'na\u00efve',
             '\u4e2d\u6587', 'tab\there', 'quote"d', 'back\\slash', 'line\nbreak']
    records = []
    for i in range(n):
        r = rnd()
        records.append({
            'id': i,
            'name': words[r % len(words)] + str(r % 1000),
            'score': (r % 100000) / 37.0,
            'ratio': r / 2147483647.0,
            'active': r % 3 == 0,
            'parent': None if r % 5 else i - 1,
            'tags': [words[(r >> k) % len(words)] for k in range(r % 6)],
            'point': {'x': r % 1000 - 500, 'y': (r >> 10) % 1000 - 500, 'z': -(r % 77) * 1.25},
            'big': r * 1000003 * 1000003,
        })
    return records


def main():
    records = make_records(8000)
    total = 0
    check = 0
    for _ in range(2):
        text = json.dumps(records)
        back = json.loads(text)
        total += len(text)
        check += sum(r['id'] for r in back) + len(back[-1]['tags'])
        text = json.dumps(records, ensure_ascii=False, sort_keys=True)
        back = json.loads(text)
        total += len(text)
        check += int(sum(r['score'] for r in back))
        text = json.dumps(records, separators=(',', ':'))
        back = json.loads(text.encode('utf-8'), object_pairs_hook=dict)
        total += len(text)
        check += sum(r['point']['x'] for r in back)
    print(total, check, back == records)


main()

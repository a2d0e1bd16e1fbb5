# from __future__ import annotations: each annotation is stored as the text
# CPython's compiler makes of it (canonical spacing, parentheses by
# precedence, constants by repr, f-strings rebuilt).
from __future__ import annotations
class A:
    a: (1, 2)
    b: ()
    c: (1,)
    d: x[1, 2]
    e: x[(1, 2)]
    f: x[()]
    g: -(-x)
    h: (a + b) * c - d / e // f % g @ h
    i: a ** b ** c
    j: (a ** b) ** c
    k: not (a and b)
    l: a if b else (c if d else e)
    m: (a if b else c) if d else e
    n: lambda x, *y, z=1, **w: (x, y)
    o: (lambda: 1)()
    p: {**a, 'b': c}
    q: [*a, *b]
    r: a.b.c(d, *e, f=g, **h)
    s: 1 .real
    t: x[a:b, c:d:e, ::]
    u: f'{a}{b!s}{c:{d}} {{}} text'
    v: 'it''s'
    w: "a\nb\x00é"
    x: {a for b in c for d in e if f if g}
    y: {a: b for c, d in e}
    z: (a for b in c)
    aa: -1
    ab: ~a | b & c ^ d << e >> f
    ac: a < b == c != d > e >= f <= g
    ad: a is b is not c in d not in e
    ae: await_
    af: 1e10
    ag: 1.0
    ah: 10**30
    ai: 0xff
    aj: 1_000
    ak: inf
    al: 1e400
    am: x[a, ...]
    an: (yield_)
    ao: a[b][c]
    ap: (a + b).c
    aq: (-a).b
    ar: (a, b).c
    as_: ... 
    at: b'\xff"'
    au: 'a"b\''
    av: r'\d'
    aw: [a, (b, c)]
    ax: f(x for x in y)
    ay: f((x for x in y), 1)
    az: a[b:c]
    ba: a[:]
    bb: -a ** b
    bc: (-a) ** b
    bd: a - (b - c)
    be: a - b - c
    bf: (a, *b)
    bg: x[*a]
    bh: f'{a!r:>10}'
    bi: f'{ {a: 1}["a"] }'
    bj: not a
    bk: +a
    bl: {}
    bm: a.b[c].d(e)[f]
    bn: 'abc' 'def'
    bo: f'{a=}'
for k, v in A.__annotations__.items(): print(k, repr(v))

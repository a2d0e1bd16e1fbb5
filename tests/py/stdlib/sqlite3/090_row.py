import sqlite3
con = sqlite3.connect(":memory:")
con.row_factory = sqlite3.Row
r = con.execute("select 1 as a, 'x' as Bee, null as c").fetchone()
print(type(r).__name__, r.keys(), len(r), tuple(r), list(r))
print(r["a"], r["A"], r["bee"], r["BEE"], r[1], r[-1], r[0:2])
for k in ["zz", 5]:
    try:
        r[k]
    except IndexError as e:
        print(type(e).__name__, e)
r2 = con.execute("select 1 as a, 'x' as Bee, null as c").fetchone()
print(r == r2, r != r2, hash(r) == hash(r2))
print(r == (1, 'x', None))
cur = con.cursor()
cur.row_factory = lambda c, row: dict(zip([d[0] for d in c.description], row))
print(cur.execute("select 1 as one, 2 as two").fetchall())
con.row_factory = None
print(con.execute("select 3").fetchone())

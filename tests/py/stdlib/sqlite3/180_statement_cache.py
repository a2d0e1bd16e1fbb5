# The statement cache and cursors: the same SQL again after the schema
# changed (description follows), a cached statement busy in one cursor
# used by another, description with PARSE_COLNAMES, iteration mixed with
# fetchone, closed cursors and connections, errors keeping the cursor usable.
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("create table t(a, b)")
con.executemany("insert into t values (?, ?)", [(i, str(i)) for i in range(5)])
q = "select * from t order by 1"
print(con.execute(q).description)
con.execute("alter table t add column c default 'z'")
cur = con.execute(q)
print(cur.description, cur.fetchone())
try:
    con.execute("drop table t")
except sqlite3.OperationalError as e:
    print(type(e).__name__, e)
cur.close()
con.execute("drop table t")
con.execute("create table t(x integer, y)")
con.execute("insert into t values (1, 2)")
print(con.execute(q).description, con.execute(q).fetchall())
con.execute("insert into t values (3, 4)")
c1 = con.execute(q)
c2 = con.execute(q)
print(next(c1), next(c2), next(c1), list(c2), list(c1))
cur = con.execute("select 1 as \"one [int]\", 2 as \"two  [x] \", 'x' as plain")
print(cur.description, cur.fetchall())
con2 = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_COLNAMES)
cur = con2.execute("select 1 as \"one [int]\", 2 as \"two  [x] \", 'x' as plain, 4 as \"[t]\"")
print(cur.description, cur.fetchall())
print(con.execute("update t set y = y + 1").description, con.execute("select 1 where 0").description)
cur = con.execute("select x from t order by x")
print(cur.fetchone(), [r for r in cur], cur.fetchone(), next(cur, "done"))
cur = con.execute("select x from t order by x")
for i, row in enumerate(cur):
    print(i, row, cur.rowcount, cur.lastrowid)
for sql in ["select nope from t", "select ?", 42, "select 1; select 2"]:
    try:
        print(cur.execute(sql, (1,) if sql == "select ?" else ()).fetchall())
    except (sqlite3.Error, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(cur.execute(q).fetchall(), cur.description)
cur.close()
for f in (lambda: cur.execute(q), lambda: next(cur), cur.fetchone):
    try:
        f()
    except sqlite3.ProgrammingError as e:
        print(type(e).__name__, e)
cur = con.execute(q)
con.close()
for f in (lambda: next(cur), cur.fetchone, lambda: cur.execute(q)):
    try:
        f()
    except sqlite3.ProgrammingError as e:
        print(type(e).__name__, e)
small = sqlite3.connect(":memory:", cached_statements=2)
for i in range(6):
    print(small.execute("select %d, ?" % (i % 3), (i,)).fetchone(), end=" ")
print()
small.row_factory = sqlite3.Row
r = small.execute("select 1 as a, 2 as b").fetchone()
print(type(r).__name__, r.keys(), tuple(r))
print([tuple(r) for r in small.execute("values (1), (2)")])

import sqlite3
con = sqlite3.connect(":memory:")
con.execute("create table t(x)")
con.executemany("insert into t values (?)", [(i,) for i in range(10)])
cur = con.execute("select x from t order by x")
print(cur.arraysize)
print(cur.fetchmany())
print(cur.fetchmany(3))
cur.arraysize = 2
print(cur.fetchmany())
print(cur.fetchone())
print(cur.fetchall())
print(cur.fetchall(), cur.fetchone(), cur.fetchmany(5))
print([r[0] for r in con.execute("select x from t where x > ?", (6,))])
cur = con.cursor()
print(cur.fetchone(), cur.fetchall(), cur.description, cur.rowcount, cur.lastrowid)
cur.execute("select x, x * 2 as dbl from t limit 1")
print(cur.description)
cur.close()
try:
    cur.fetchone()
except sqlite3.ProgrammingError as e:
    print(type(e).__name__, e)

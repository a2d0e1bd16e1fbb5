import sqlite3
con = sqlite3.connect(":memory:")
con.execute("create table t(a, b)")
cur = con.executemany("insert into t values (?, ?)", ((i, str(i)) for i in range(5)))
print(cur.rowcount)
def gen():
    yield {"a": 10, "b": "x"}
    yield {"a": 11, "b": "y"}
cur.executemany("insert into t values (:a, :b)", gen())
print(cur.rowcount)
cur.executemany("update t set b = ? where a < ?", [("u", 2), ("v", 1)])
print(cur.rowcount)
print(con.execute("select * from t order by a").fetchall())
try:
    con.executemany("select ?", [(1,)])
except sqlite3.ProgrammingError as e:
    print(type(e).__name__, e)
def bad():
    yield (1, 2)
    raise ValueError("boom")
try:
    con.executemany("insert into t values (?, ?)", bad())
except ValueError as e:
    print(type(e).__name__, e)
print(con.execute("select count(*) from t").fetchone())
try:
    con.executemany("insert into t values (?, ?)", [(1,)])
except sqlite3.ProgrammingError as e:
    print(type(e).__name__, e)

import sqlite3
def rev(a, b):
    return (a < b) - (a > b)
con = sqlite3.connect(":memory:")
con.execute("create table t(x)")
con.executemany("insert into t values (?)", [("b",), ("a",), ("c",)])
con.create_collation("rev", rev)
print(con.execute("select x from t order by x collate rev").fetchall())
con.create_collation("rev", None)
try:
    con.execute("select x from t order by x collate rev")
except sqlite3.OperationalError as e:
    print(type(e).__name__, e)
try:
    con.create_collation("x", 42)
except TypeError as e:
    print(type(e).__name__, e)

import sqlite3
con = sqlite3.connect(":memory:")
print(con.text_factory is str)
con.text_factory = bytes
print(con.execute("select 'abc', 1").fetchone())
con.text_factory = lambda b: b.decode().upper()
print(con.execute("select 'abc'").fetchone())
con.text_factory = str
con.execute("create table t(x)")
con.execute("insert into t values (cast(x'ff' as text))")
try:
    con.execute("select x from t").fetchone()
except sqlite3.OperationalError as e:
    print(type(e).__name__, e)

import sqlite3
con = sqlite3.connect(":memory:")
con.execute("create table t(x unique)")
with con:
    con.execute("insert into t values (1)")
print(con.in_transaction, con.execute("select * from t").fetchall())
try:
    with con:
        con.execute("insert into t values (2)")
        con.execute("insert into t values (1)")
except sqlite3.IntegrityError as e:
    print(type(e).__name__, e)
print(con.execute("select * from t").fetchall())
try:
    with con:
        con.execute("insert into t values (3)")
        raise KeyError("k")
except KeyError as e:
    print("KeyError", e)
print(con.execute("select * from t").fetchall())
print(con.total_changes)

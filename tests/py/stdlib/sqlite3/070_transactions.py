import os, sqlite3, tempfile
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "x.db")
    con = sqlite3.connect(path)
    print(repr(con.isolation_level), con.in_transaction)
    con.execute("create table t(x)")
    print(con.in_transaction)
    con.execute("insert into t values (1)")
    print(con.in_transaction)
    con.commit()
    print(con.in_transaction)
    con.execute("insert into t values (2)")
    con.rollback()
    print(con.execute("select * from t").fetchall())
    con.execute("insert into t values (3)")
    con.close()
    con = sqlite3.connect(path)
    print(con.execute("select * from t").fetchall())
    con.isolation_level = None
    con.execute("insert into t values (4)")
    print(con.in_transaction)
    con.execute("begin")
    con.execute("insert into t values (5)")
    print(con.in_transaction)
    con.execute("rollback")
    print(con.execute("select * from t").fetchall())
    try:
        con.isolation_level = "BOGUS"
    except ValueError as e:
        print(type(e).__name__, e)
    con.close()

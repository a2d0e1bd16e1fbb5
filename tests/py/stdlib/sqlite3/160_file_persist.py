import os, sqlite3, tempfile
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "p.db")
    con = sqlite3.connect(path)
    con.execute("create table t(id integer primary key, v text)")
    with con:
        con.executemany("insert into t(v) values (?)", [("x",), ("y",)])
    con.execute("insert into t(v) values ('uncommitted')")
    con.close()
    con2 = sqlite3.connect(path, timeout=1.0)
    print(con2.execute("select * from t").fetchall())
    con2.close()
    ro = sqlite3.connect("file:" + path + "?mode=ro", uri=True)
    print(ro.execute("select count(*) from t").fetchone())
    try:
        ro.execute("insert into t(v) values ('z')")
    except sqlite3.OperationalError as e:
        print(type(e).__name__, e)
    ro.close()
    try:
        sqlite3.connect(os.path.join(d, "nodir", "x.db"))
    except sqlite3.OperationalError as e:
        print(type(e).__name__, e)

import sqlite3
con = sqlite3.connect(":memory:")
con.create_function("add2", 2, lambda a, b: a + b)
con.create_function("echo", -1, lambda *a: repr(a))
con.create_function("boom", 0, lambda: 1 / 0)
con.create_function("blob", 1, lambda n: b"z" * n, deterministic=True)
print(con.execute("select add2(1, 2), add2('a', 'b'), add2(1.5, 1)").fetchone())
print(con.execute("select echo(1, 'x', null, 2.5, x'01')").fetchone())
print(con.execute("select blob(3), typeof(blob(3))").fetchone())
try:
    con.execute("select boom()")
except sqlite3.OperationalError as e:
    print(type(e).__name__, e)
try:
    con.execute("select add2(1)")
except sqlite3.OperationalError as e:
    print(type(e).__name__, e)
con.create_function("add2", 2, None)
try:
    con.execute("select add2(1, 2)")
except sqlite3.OperationalError as e:
    print(type(e).__name__, e)

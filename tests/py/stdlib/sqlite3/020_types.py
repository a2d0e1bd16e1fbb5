import sqlite3
con = sqlite3.connect(":memory:")
con.execute("create table t(a, b, c, d, e)")
big = 2**63 - 1
con.execute("insert into t values (?, ?, ?, ?, ?)", (big, -2**63, 3.25, "héllo\u20ac", None))
con.execute("insert into t values (?, ?, ?, ?, ?)", (b"\x00\x01", bytearray(b"ab"), memoryview(b"cd"), True, ""))
for row in con.execute("select a, typeof(a), b, typeof(b), c, typeof(c), d, typeof(d), e, typeof(e) from t"):
    print(row)
try:
    con.execute("select ?", (2**64,))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    con.execute("select ?", (object(),))
except sqlite3.Error as e:
    print(type(e).__name__, e)
try:
    con.execute("select ?", ([1],))
except sqlite3.Error as e:
    print(type(e).__name__, e)
print(con.execute("select 1.0/3, 7/2, 'x' || 'y', x'ff00'").fetchone())

import sqlite3
class MySum:
    def __init__(self):
        self.total = 0
    def step(self, v):
        self.total += v
    def finalize(self):
        return self.total
class Concat:
    def __init__(self):
        self.parts = []
    def step(self, a, b):
        self.parts.append(f"{a}{b}")
    def finalize(self):
        return ",".join(self.parts)
class Bad:
    def step(self, v):
        raise ValueError
    def finalize(self):
        return 0
con = sqlite3.connect(":memory:")
con.execute("create table t(g, v)")
con.executemany("insert into t values (?, ?)", [("a", 1), ("a", 2), ("b", 10)])
con.create_aggregate("mysum", 1, MySum)
con.create_aggregate("cat", 2, Concat)
con.create_aggregate("bad", 1, Bad)
print(con.execute("select g, mysum(v) from t group by g order by g").fetchall())
print(con.execute("select mysum(v) from t where v > 100").fetchone())
print(con.execute("select cat(g, v) from t").fetchone())
try:
    con.execute("select bad(v) from t")
except sqlite3.OperationalError as e:
    print(type(e).__name__, e)

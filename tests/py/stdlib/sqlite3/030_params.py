import sqlite3
con = sqlite3.connect(":memory:")
print(con.execute("select :a, :b", {"a": 1, "b": "two"}).fetchone())
print(con.execute("select ?, ?", [1, 2]).fetchone())
print(con.execute("select ?1, ?1, ?2", (5, 6)).fetchone())
cases = [
    ("select ?", (1, 2)),
    ("select ?, ?", (1,)),
    ("select :a", {"b": 1}),
    ("select ?", {"a": 1}),
    ("select ?", 3),
    ("select 1", (1,)),
]
for sql, p in cases:
    try:
        con.execute(sql, p)
    except sqlite3.ProgrammingError as e:
        print(type(e).__name__, e)
class M(dict):
    pass
print(con.execute("select :x", M(x=9)).fetchone())

import sqlite3, datetime
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
def adapt_point(p):
    return f"{p.x};{p.y}"
def convert_point(s):
    x, y = map(float, s.split(b";"))
    return Point(x, y)
sqlite3.register_adapter(Point, adapt_point)
sqlite3.register_converter("point", convert_point)
con = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES)
con.execute("create table t(p point, d date, ts timestamp, n integer)")
con.execute("insert into t values (?, ?, ?, ?)",
            (Point(1, 2), datetime.date(2024, 2, 29), datetime.datetime(2024, 1, 2, 3, 4, 5, 600), 7))
print(con.execute("select * from t").fetchone())
print(con.execute("select p, d from t").description)
con.close()
con = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_COLNAMES)
print(con.execute('select ? as "p [point]"', (Point(3, 4),)).fetchone())
print(con.execute('select ? as "p [point]"', (Point(3, 4),)).description)
print(con.execute("select '2020-05-06' as \"d [date]\", null as \"n [point]\"").fetchone())
class Conf:
    def __conform__(self, proto):
        if proto is sqlite3.PrepareProtocol:
            return "conformed"
print(con.execute("select ?", (Conf(),)).fetchone())

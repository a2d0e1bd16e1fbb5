import sqlite3
print(sqlite3.apilevel, sqlite3.paramstyle, sqlite3.threadsafety)
print(sqlite3.PARSE_DECLTYPES, sqlite3.PARSE_COLNAMES)
print(sqlite3.version_info, type(sqlite3.sqlite_version).__name__, len(sqlite3.sqlite_version_info))
print(sqlite3.Connection.__name__, sqlite3.Cursor.__name__, sqlite3.Row.__name__)
con = sqlite3.connect(":memory:")
print(isinstance(con, sqlite3.Connection), isinstance(con.cursor(), sqlite3.Cursor))
print(con.Error is sqlite3.Error, con.IntegrityError is sqlite3.IntegrityError)
print(sqlite3.Binary(b"ab") == b"ab")
try:
    sqlite3.connect(5)
except TypeError as e:
    print(type(e).__name__)
class MyCursor(sqlite3.Cursor):
    pass
print(type(con.cursor(MyCursor)).__name__)
print(con.execute("select 1") is not None, con.execute("") .description)
try:
    con.execute(42)
except TypeError as e:
    print(type(e).__name__)

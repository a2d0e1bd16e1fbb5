import sqlite3
con = sqlite3.connect(":memory:")
con.execute("create table t(id integer primary key, name text unique not null)")
con.execute("insert into t values (1, 'a')")
for sql in ["SELEC 1", "select * from nope", "insert into t values (1, 'b')",
            "insert into t values (2, 'a')", "insert into t values (3, null)",
            "select nocol from t", "select 1; select 2"]:
    try:
        con.execute(sql)
    except sqlite3.Error as e:
        print(type(e).__name__, e, getattr(e, "sqlite_errorcode", None), getattr(e, "sqlite_errorname", None))
print(issubclass(sqlite3.IntegrityError, sqlite3.DatabaseError))
print(issubclass(sqlite3.DatabaseError, sqlite3.Error), issubclass(sqlite3.Error, Exception))
print(issubclass(sqlite3.InterfaceError, sqlite3.Error), issubclass(sqlite3.Warning, Exception))
for name in ["DataError", "OperationalError", "InternalError", "ProgrammingError", "NotSupportedError"]:
    print(name, getattr(sqlite3, name).__mro__[1].__name__, getattr(sqlite3, name).__module__)
con.close()
try:
    con.execute("select 1")
except sqlite3.ProgrammingError as e:
    print(type(e).__name__, e)
try:
    con.commit()
except sqlite3.ProgrammingError as e:
    print(type(e).__name__, e)

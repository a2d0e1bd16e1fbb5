import sqlite3
con = sqlite3.connect(":memory:")
cur = con.executescript("""
    -- a comment
    create table a(x);
    insert into a values (1);
    insert into a values (2);
    /* more */
    create table b(y);
    select * from a;
""")
print(type(cur).__name__)
print(con.execute("select * from a").fetchall(), con.in_transaction)
try:
    con.executescript("insert into a values (3); selec 1; insert into a values (4);")
except sqlite3.OperationalError as e:
    print(type(e).__name__, e)
print(con.execute("select * from a").fetchall())
print(sqlite3.complete_statement("select 1;"), sqlite3.complete_statement("select 1"))

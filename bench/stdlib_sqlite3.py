# sqlite3: executemany of 100k rows, then indexed point queries and a scan.
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("create table t(id integer primary key, k integer, name text, v real)")
con.execute("create index t_k on t(k)")
N = 100_000
con.executemany("insert into t(k, name, v) values (?, ?, ?)",
                ((i * 7919 % N, "name%d" % i, i * 0.5) for i in range(N)))
con.commit()
total = 0
cur = con.cursor()
for i in range(0, N, 4):
    for row in cur.execute("select id, name from t where k = ?", (i,)):
        total += row[0]
n = 0
for row in con.execute("select k, v from t where v > ?", (1000.0,)):
    n += 1
print(total, n, con.execute("select count(*), sum(k) from t").fetchone())

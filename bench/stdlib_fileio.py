# File I/O: write ~200k lines line by line, read them back by iteration,
# read() and readlines(), in text and binary modes.
import os

N = 200_000
path = "bench_fileio_tmp.txt"
try:
    with open(path, "w") as f:
        for i in range(N):
            f.write(f"line {i} of the benchmark file\n")
    total = 0
    count = 0
    with open(path) as f:
        for line in f:
            count += 1
            total += len(line)
    print("text iter", count, total)
    with open(path) as f:
        data = f.read()
    print("text read", len(data), data.count("\n"))
    with open(path) as f:
        lines = f.readlines()
    print("text readlines", len(lines), lines[-1].strip())
    with open(path, "wb") as f:
        for i in range(N):
            f.write(b"binary line " + str(i).encode() + b"\n")
    count = 0
    with open(path, "rb") as f:
        for line in f:
            count += len(line)
    print("binary iter", count)
    with open(path, "rb") as f:
        print("binary read", len(f.read()))
    with open(path, "rb") as f:
        print("binary readlines", len(f.readlines()))
finally:
    os.remove(path)

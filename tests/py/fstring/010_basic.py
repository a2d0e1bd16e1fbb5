name = "World"
n = 42
print(f"Hello, {name}!", f"{n}", F"{n + 1}", f"{n * 2} {n // 5}")
print(f"{name!r} {name!s} {name!a}", f"{'é'!a}")
print(f"{n=}", f"{n + 1 = }", f"{name=!r}", f"{n=:>5}")
print(f"", f"plain", f"{'nested quotes'}", f'{"double inside single"}')
x = [1, 2]
print(f"{x} {x[0]} {len(x)}", rf"raw\n{n}", fr"{n}\t")

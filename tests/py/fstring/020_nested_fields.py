w, p = 10, 3
v = 3.14159265
print(f"[{v:{w}}]", f"[{v:{w}.{p}f}]", f"[{v:>{w}.{p}}]")
fill, align = "*", "^"
print(f"[{'mid':{fill}{align}{w}}]", f"[{42:0{w}d}]")
spec = ".2e"
print(f"{12345.678:{spec}}", f"{f'{v:.1f}':>8}")
print(f"{'{'}{v:.0f}{'}'}")

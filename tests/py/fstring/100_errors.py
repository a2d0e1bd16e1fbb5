for fn in [lambda: f"{'s':d}", lambda: f"{1.5:d}", lambda: f"{1:s}", lambda: f"{'x':,}", lambda: f"{5:.2d}"]:
    try:
        fn()
    except ValueError as e:
        print(type(e).__name__, e)
try:
    f"{undefined_name_xyz}"
except NameError as e:
    print(type(e).__name__, e)

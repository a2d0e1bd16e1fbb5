def test(v):
    try:
        if v == 0:
            return 1 / v
        if v == 1:
            return [][0]
        if v == 2:
            return int("x")
        if v == 3:
            raise KeyError("k")
        return "ok"
    except ZeroDivisionError:
        return "zero"
    except (IndexError, KeyError) as e:
        return "lookup " + type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__
for v in range(5):
    print(v, test(v))

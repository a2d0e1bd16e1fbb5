assert True
assert 1 == 1, "never shown"
try:
    assert 1 == 2
except AssertionError as e:
    print(type(e).__name__, repr(str(e)), e.args)
try:
    assert False, "custom message"
except AssertionError as e:
    print(type(e).__name__, e)
try:
    x = [1]
    assert len(x) > 5, f"len was {len(x)}"
except AssertionError as e:
    print(e)
try:
    assert 0, ("tuple", 1)
except AssertionError as e:
    print(e.args)

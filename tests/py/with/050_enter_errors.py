class FailEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with FailEnter():
        print("body not run")
except RuntimeError as e:
    print(type(e).__name__, e)
class FailExit:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        raise ValueError("exit failed")
try:
    with FailExit():
        print("body runs")
except ValueError as e:
    print(type(e).__name__, e)
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__)

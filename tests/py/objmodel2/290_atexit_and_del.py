# The end of a program: atexit handlers first, then the module's globals are
# released (in the order they were bound), running their __del__ methods.
import atexit


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


first = Noisy("first")
second = Noisy("second")
third = Noisy("third")


def handler():
    print("atexit handler sees", first.name, second.name)


atexit.register(handler)
second = Noisy("second, rebound")
print("end of program")

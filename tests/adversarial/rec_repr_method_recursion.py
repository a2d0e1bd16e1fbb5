# adversarial: __repr__ that repr()s itself through a container
# cli: RecursionError
# embedded: RecursionError
class A:
    def __repr__(self):
        return repr([self])
repr(A())

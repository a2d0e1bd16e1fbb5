# adversarial: __eq__ that compares a list holding self
# cli: RecursionError
# embedded: RecursionError
class A:
    def __eq__(self, other):
        return [self] == [other]
A() == A()

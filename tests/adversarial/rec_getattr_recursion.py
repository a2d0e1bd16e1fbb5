# adversarial: __getattr__ that reads a missing attribute of self
# cli: RecursionError
# embedded: RecursionError
class A:
    def __getattr__(self, name):
        return self.missing
A().x

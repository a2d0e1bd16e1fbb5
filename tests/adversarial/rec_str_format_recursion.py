# adversarial: __format__ that formats self
# cli: RecursionError
# embedded: RecursionError
class A:
    def __format__(self, spec):
        return format(self, spec)
f'{A():>3}'

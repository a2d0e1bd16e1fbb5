# adversarial: __hash__ that hashes a tuple holding self
# cli: RecursionError
# embedded: RecursionError
class A:
    def __hash__(self):
        return hash((self,))
{A()}

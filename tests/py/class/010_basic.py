class Dog:
    species = "canis"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " says woof"
d = Dog("Rex")
print(d.speak(), d.name, d.species, Dog.species, type(d).__name__, type(d) is Dog)
print(isinstance(d, Dog), isinstance(d, object), Dog.__name__)
e = Dog("Fido")
print(e.speak(), d.name != e.name)
class Empty:
    pass
x = Empty()
x.anything = 1
print(x.anything, Empty.__name__, type(Empty).__name__)

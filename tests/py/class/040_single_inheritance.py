class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} says {self.speak()}"
class Cat(Animal):
    def speak(self):
        return "meow"
class Kitten(Cat):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def describe(self):
        return super().describe() + f" (age {self.age})"
for a in [Animal("generic"), Cat("Tom"), Kitten("Kit", 1)]:
    print(a.describe())
print(issubclass(Kitten, Animal), isinstance(Kitten("k", 2), Cat), Kitten.__bases__[0].__name__)
print([c.__name__ for c in Kitten.__mro__])

# adversarial: a class hierarchy 2,000 deep: isinstance and issubclass still answer
# cli: ValueError
# embedded: ValueError
C = object
for i in range(2000):
    C = type('C', (C,), {})
print(isinstance(1, C), issubclass(C, int))
raise ValueError('end')

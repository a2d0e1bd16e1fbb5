import time

print(type(time.gmtime(0)).__module__, time.struct_time.__module__)
print(time.struct_time.__name__, time.struct_time.__qualname__)
print(repr(time.struct_time))

# get_type_hints on modules (the module's globals resolve the strings).
import sys
import typing
import helper_annotated_module as mod

print(mod.__annotations__)
print(typing.get_type_hints(mod))
print(typing.get_type_hints(typing.get_type_hints))
top: 'int' = 3
print(typing.get_type_hints(sys.modules[__name__]))

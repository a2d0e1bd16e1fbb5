# member(), nonmember(), members called name/value.
from enum import Enum, member, nonmember


class Ops(Enum):
    ADD = member(lambda a, b: a + b)
    LIMIT = nonmember(10)
    TABLE = [1, 2]
    ALSO = [1, 2]

    def helper(self):
        return 'helper'

    @staticmethod
    def static():
        return 'static'

    @classmethod
    def klass(cls):
        return cls.__name__


print(list(Ops.__members__))
print(Ops.ADD.value(2, 3), Ops.LIMIT, type(Ops.LIMIT).__name__)
print(Ops.ALSO is Ops.TABLE, Ops([1, 2]) is Ops.TABLE, Ops._unhashable_values_)
print(Ops.TABLE.helper(), Ops.static(), Ops.klass(), repr(Ops.TABLE))


class Fields(Enum):
    name = 1
    value = 2
    other = 3


print(repr(Fields.name), repr(Fields.value), Fields.name.name, Fields.name.value)
print(Fields.value.name, Fields.value.value, Fields.other.name, Fields.other.value)
print(Fields['value'] is Fields.value, Fields(1) is Fields.name, list(Fields))
print(repr(Fields.name.other))

# NewType: a callable returning its argument, with a module-qualified repr.
from typing import NewType, List, Optional

UserId = NewType('UserId', int)
print(UserId, repr(UserId), UserId(5), type(UserId(5)).__name__)
print(UserId.__name__, UserId.__qualname__, UserId.__module__,
      UserId.__supertype__, type(UserId).__name__)
print(UserId('not checked'), UserId == NewType('UserId', int))
Nested = NewType('Outer.Inner', str)
print(Nested, Nested.__name__, Nested.__qualname__)
AdminId = NewType('AdminId', UserId)
print(AdminId, AdminId.__supertype__, AdminId(3))
print(List[UserId], Optional[UserId], UserId | None, None | UserId)

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def subclass():
    class Bad(UserId):
        pass
attempt(subclass)
attempt(lambda: isinstance(1, UserId))
attempt(lambda: NewType('X', 1))

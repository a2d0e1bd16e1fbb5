# message, exceptions, args, str/repr, the class hierarchy.
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(str(eg))
print(repr(eg))
print(eg.args)
print(eg.message)
print(eg.exceptions, type(eg.exceptions).__name__)
print(str(ExceptionGroup("one", [ValueError(1)])))
print(repr(ExceptionGroup("t", (KeyError("k"),))))
print(str(ExceptionGroup("", [ValueError()] * 3)))
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(isinstance(eg, BaseExceptionGroup), isinstance(eg, Exception))
print(ExceptionGroup.__bases__, ExceptionGroup.__base__)
print(ExceptionGroup[int], BaseExceptionGroup[ValueError])
print(BaseExceptionGroup.__module__, BaseExceptionGroup.__doc__)
print(ExceptionGroup.__name__, ExceptionGroup.__qualname__)
for attr in ["message", "exceptions"]:
    try:
        setattr(eg, attr, 1)
    except AttributeError as e:
        print("AttributeError")
eg.__init__("y", [TypeError()])
print(eg.args, eg.message, eg.exceptions)
print(eg.__reduce__())
try:
    raise ExceptionGroup("raised", [ValueError(1)])
except ExceptionGroup as e:
    print("caught", e)
try:
    raise BaseExceptionGroup("b", [KeyboardInterrupt()])
except Exception:
    print("wrong")
except BaseException as e:
    print("caught base", type(e).__name__, e)

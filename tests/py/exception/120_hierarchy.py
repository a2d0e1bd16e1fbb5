pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (IndexError, LookupError),
    (KeyError, LookupError), (UnboundLocalError, NameError), (ModuleNotFoundError, ImportError),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError), (UnicodeDecodeError, ValueError),
    (StopIteration, Exception), (GeneratorExit, Exception), (KeyboardInterrupt, Exception),
    (SystemExit, BaseException), (Exception, BaseException), (FileNotFoundError, OSError),
    (AssertionError, Exception), (TypeError, ValueError), (bool, int),
]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
print([c.__name__ for c in KeyError.__mro__])
print(BaseException.__bases__, Exception.__bases__[0].__name__)

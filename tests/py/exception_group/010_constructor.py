# BaseExceptionGroup/ExceptionGroup constructor checks and the class picked.
def t(f):
    try:
        r = f()
        print("ok", type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: BaseExceptionGroup())
t(lambda: BaseExceptionGroup("a"))
t(lambda: BaseExceptionGroup("a", [ValueError()], 3))
t(lambda: BaseExceptionGroup(1, [ValueError()]))
t(lambda: BaseExceptionGroup("a", 5))
t(lambda: BaseExceptionGroup("a", {ValueError()}))
t(lambda: BaseExceptionGroup("a", {"k": ValueError()}))
t(lambda: BaseExceptionGroup("a", []))
t(lambda: BaseExceptionGroup("a", ()))
t(lambda: BaseExceptionGroup("a", [1]))
t(lambda: BaseExceptionGroup("a", [ValueError(), 1]))
t(lambda: BaseExceptionGroup("a", "abc"))
t(lambda: BaseExceptionGroup("a", [ValueError]))
t(lambda: ExceptionGroup("a", [KeyboardInterrupt()]))
t(lambda: ExceptionGroup("a", [ValueError(), SystemExit(2)]))
t(lambda: BaseExceptionGroup("a", [KeyboardInterrupt()]))
t(lambda: BaseExceptionGroup("a", [ValueError(1)]))
t(lambda: BaseExceptionGroup("a", (ValueError(1), TypeError(2))))
t(lambda: BaseExceptionGroup("a", [ValueError(1), GeneratorExit()]))
t(lambda: ExceptionGroup("a", [ValueError()], x=1))
t(lambda: BaseExceptionGroup(message="a", exceptions=[ValueError()]))


class MyEG(ExceptionGroup):
    pass


class MyBEG(BaseExceptionGroup):
    pass


class MyBEG2(BaseExceptionGroup, Exception):
    pass


t(lambda: MyEG("a", [KeyboardInterrupt()]))
t(lambda: MyEG("a", [ValueError()]))
t(lambda: MyBEG("a", [ValueError()]))
t(lambda: MyBEG("a", [KeyboardInterrupt()]))
t(lambda: MyBEG2("a", [KeyboardInterrupt()]))
t(lambda: MyBEG2("a", [ValueError()]))
t(lambda: ExceptionGroup("nested", [ExceptionGroup("inner", [ValueError()])]))
t(lambda: ExceptionGroup("nested", [BaseExceptionGroup("inner", [KeyboardInterrupt()])]))

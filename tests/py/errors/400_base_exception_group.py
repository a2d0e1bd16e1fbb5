# A BaseExceptionGroup holding a KeyboardInterrupt is not an ExceptionGroup.
try:
    raise BaseExceptionGroup("stop", [KeyboardInterrupt(), ValueError(1)])
except Exception:
    print("not caught here")
finally:
    print("finally")

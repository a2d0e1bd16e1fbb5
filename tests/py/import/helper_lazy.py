# A module with PEP 562 __getattr__ and __dir__ (used by 260_module_getattr).
eager = "eager value"


def __getattr__(name):
    if name.startswith("lazy_"):
        return "made " + name
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return ["eager", "lazy_one"]

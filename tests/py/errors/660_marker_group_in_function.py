# An exception group raised from a function, with markers in its frames.
def validate(data):
    errors = []
    for key in ("name", "age"):
        try:
            data[key].strip()
        except (KeyError, AttributeError) as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("invalid record", errors)


validate({"name": "x", "age": 5})

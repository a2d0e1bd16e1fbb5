class StorageError(Exception):
    pass
def read():
    try:
        {}["block"]
    except KeyError as e:
        raise StorageError("block unavailable") from e
read()

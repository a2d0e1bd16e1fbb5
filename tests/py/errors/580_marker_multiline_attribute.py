# An attribute on a later line than its object.
record = object()
size = (record
        .size)

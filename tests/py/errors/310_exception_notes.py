try:
    raise KeyError("k")
except KeyError as e:
    e.add_note("while loading the config")
    e.add_note("file: settings.ini")
    raise

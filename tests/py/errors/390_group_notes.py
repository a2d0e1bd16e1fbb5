# Notes on a group and on its sub-exceptions are printed inside the boxes.
e1 = ValueError("bad value")
e1.add_note("in field 'age'")
eg = ExceptionGroup("validation", [e1, TypeError("bad type")])
eg.add_note("2 fields failed")
eg.add_note("see the log")
raise eg

import helper_mod
print(helper_mod.CONST, helper_mod.func(21), helper_mod.Klass("k").show())
print(helper_mod.__name__, type(helper_mod).__name__, helper_mod.__doc__)
print(helper_mod.add_item("x"), helper_mod.items)
print(sorted(n for n in dir(helper_mod) if not n.startswith("_")))

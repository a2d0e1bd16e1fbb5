print("never printed")
doc = """starts here
and continues
but never closes

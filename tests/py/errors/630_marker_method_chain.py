# A method chain where a middle call fails.
text = "a,b,c"
parts = text.split(",").index("z")

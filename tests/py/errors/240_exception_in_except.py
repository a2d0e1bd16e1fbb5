try:
    [][0]
except IndexError:
    {}["inner"]

class Point(Base, metaclass=Meta):
    """A point."""
    x: int = 0
    def __init__(self, x):
        super().__init__()
        self.__x = x

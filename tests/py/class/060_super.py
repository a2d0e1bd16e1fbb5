class Base:
    def __init__(self, **kw):
        self.log = ["Base"]
    def hello(self, who):
        return "base hello " + who
class Left(Base):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Left")
class Right(Base):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Right")
class Both(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append("Both")
    def hello(self, who):
        return super().hello(who).upper() + " / " + super(Left, self).hello("explicit")
b = Both()
print(b.log, b.hello("x"))
class Meta:
    @classmethod
    def create(cls):
        return cls.__name__
class Sub(Meta):
    @classmethod
    def create(cls):
        return "sub:" + super().create()
print(Sub.create(), Sub().create())

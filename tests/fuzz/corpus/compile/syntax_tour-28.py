class Shape(object, metaclass=Meta, kind="shape"):
    sides: ClassVar[int] = 0

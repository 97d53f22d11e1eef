# Inheritance chains with super().__init__(keywords), method overrides calling super(), class
# attributes overridden, isinstance/issubclass and type(...).__name__.


class Shape:
    sides = 0

    def __init__(self, name, *, color="black", **extra):
        self.name = name
        self.color = color
        self.extra = extra

    def area(self):
        return 0.0

    def describe(self):
        return f"{self.color} {self.name} with {self.sides} sides, area {self.area()}"


class Rectangle(Shape):
    sides = 4

    def __init__(self, width, height, **kwargs):
        super().__init__("rectangle", **kwargs)
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height


class Square(Rectangle):
    def __init__(self, side, color="red"):
        super().__init__(side, side, color=color, label="sq")
        self.name = "square"

    def describe(self):
        return super().describe().upper() + "!"


shapes = [Shape("blob"), Rectangle(2, 3.5, color="blue"), Square(3)]
for s in shapes:
    print(type(s).__name__, s.describe(), s.extra)
print(isinstance(shapes[2], Rectangle), isinstance(shapes[1], Square), issubclass(Square, Shape), issubclass(Shape, Square))
print(Square.sides, Shape.sides, type(shapes[2]).__name__)
print(sum(s.area() for s in shapes), max(shapes, key=lambda s: s.area()).name)

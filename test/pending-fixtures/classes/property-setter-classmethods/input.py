# Properties with setters and validation, class-level counters, classmethod alternative constructors
# that return cls(...) (so subclasses get subclasses), and staticmethods.


class Temperature:
    instances = 0

    def __init__(self, celsius=0.0):
        self._celsius = celsius
        Temperature.instances += 1

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"below absolute zero: {value}")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9

    @classmethod
    def from_fahrenheit(cls, f):
        t = cls()
        t.fahrenheit = f
        return t

    @classmethod
    def parse(cls, text):
        value, unit = float(text[:-1]), text[-1]
        return cls(value) if unit == "C" else cls.from_fahrenheit(value)

    @staticmethod
    def is_valid(value):
        return value >= -273.15

    def __repr__(self):
        return f"{type(self).__name__}({self._celsius!r})"


class LabTemperature(Temperature):
    pass


t = Temperature(25)
print(t, t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit)
t.fahrenheit = 32
print(t.celsius, t)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
print(Temperature.from_fahrenheit(212), Temperature.parse("21.5C"), Temperature.parse("50F"))
lab = LabTemperature.from_fahrenheit(-40)
print(lab, isinstance(lab, LabTemperature), Temperature.is_valid(-300), t.is_valid(0))
print("instances:", Temperature.instances, LabTemperature.instances)
try:
    t.fahrenheit_x = 1
    print("new attribute set", t.fahrenheit_x)
except AttributeError as e:
    print("AttributeError:", e)

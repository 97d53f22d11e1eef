# Names bound earlier in a class body are visible to later statements of the body (not to methods,
# which reach them through self or the class).
class Palette:
    RED = "#f00"
    GREEN = "#0f0"
    PRIMARY = (RED, GREEN)
    NAMES = {RED: "red", GREEN: "green"}
    DEFAULT = NAMES[RED].upper()

    def describe(self, colour: str) -> str:
        return f"{self.NAMES[colour]} ({Palette.DEFAULT})"


print(Palette.PRIMARY, Palette.DEFAULT)
print(Palette().describe(Palette.GREEN))

# typing.NamedTuple and collections.namedtuple: repr, fields, defaults, methods, _asdict, _replace,
# _make, unpacking, indexing, comparisons and equality with plain tuples, use as dict keys.
from collections import namedtuple
from typing import NamedTuple


class Employee(NamedTuple):
    name: str
    dept: str
    salary: float = 50000.5
    remote: bool = False

    def monthly(self) -> float:
        return round(self.salary / 12, 2)

    def __str__(self):
        return f"{self.name} ({self.dept})"


Pixel = namedtuple("Pixel", "x y color")
staff = [Employee("ada", "eng", 120000), Employee("bob", "ops"), Employee("cy", "eng", 95000.5, True)]
print(staff[0], repr(staff[0]), staff[1])
print(staff)
print(staff[0].monthly(), staff[2][2], staff[1].salary, len(staff[0]), staff[0]._asdict())
name, dept, *rest = staff[2]
print(name, dept, rest)
raise_ = staff[1]._replace(salary=staff[1].salary * 1.1)
print(raise_, raise_ is staff[1], staff[1])
print(sorted(staff, key=lambda e: -e.salary)[0].name, max(staff, key=lambda e: e.salary).name)
print(Employee("z", "q") == ("z", "q", 50000.5, False), Employee("m", "n", 1.0, True))
p = Pixel(1, 2, "red")
print(p, p._replace(color="blue"), tuple(p), list(p), p[-1], p < Pixel(1, 3, "a"))
grid = {Pixel(0, 0, "w"): "origin"}
print(grid[Pixel(0, 0, "w")], Pixel(0, 0, "w") in grid, (0, 0, "w") in grid, p == (1, 2, "red"))
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept)

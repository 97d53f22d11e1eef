# dataclasses: field(default_factory), field(repr=False / compare=False), __post_init__, frozen with
# FrozenInstanceError, order=True sorting, nested dataclasses repr, asdict, float fields.
from dataclasses import asdict, dataclass, field, FrozenInstanceError


@dataclass
class Address:
    city: str
    zip_code: str = "00000"


@dataclass
class Customer:
    name: str
    balance: float = 0.0
    tags: list[str] = field(default_factory=list)
    meta: dict[str, int] = field(default_factory=dict)
    address: Address = field(default_factory=lambda: Address("nowhere"))
    secret: str = field(default="xyz", repr=False)
    visits: int = field(default=0, compare=False)

    def __post_init__(self):
        self.name = self.name.strip().title()


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def bump(self):
        return Version(self.major, self.minor, self.patch + 1)


a = Customer("  ada lovelace ")
b = Customer("bob", 10, ["vip"])
a.tags.append("new")
print(a)
print(b, b.balance, a.tags is b.tags, Customer("x").tags)
print(Customer("ada lovelace", tags=["new"]) == a, Customer("bob", 10.0, ["vip"], visits=5) == b)
print(asdict(b), Address("Paris", "75001"))
v = Version(1, 2)
print(v, v.bump(), v < Version(1, 10), sorted([Version(2), Version(1, 5, 3), Version(1, 5)]))
print(max(Version(0, 9), Version(0, 10)), Version(1) == Version(1, 0, 0), v == Version(1, 2))
try:
    v.major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print({Version(1): "one", Version(2): "two"}[Version(1, 0)])
c = Customer("carol", 2.5, b.tags)
print(c, c == b, b.name)

"""Classes: fields, class attributes, properties, static and class methods, inheritance and dunders."""


class Account:
    bank = "PyBank"

    def __init__(self, owner: str, balance: float = 0.0):
        self.owner = owner
        self.balance = balance
        self._history = []

    @property
    def rounded(self) -> int:
        return round(self.balance)

    @property
    def owner_upper(self):
        return self.owner.upper()

    def deposit(self, amount):
        self.balance += amount
        self._history.append(amount)
        return self

    @staticmethod
    def validate(amount):
        return amount > 0

    @classmethod
    def empty(cls, owner):
        return cls(owner)

    def __str__(self):
        return f"{self.owner}: {self.balance:.2f}"

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance!r})"

    def __len__(self):
        return len(self._history)

    def __eq__(self, other):
        return isinstance(other, Account) and self.owner == other.owner

    def __contains__(self, amount):
        return amount in self._history

    def __iter__(self):
        return iter(self._history)


class Savings(Account):
    def __init__(self, owner, rate=0.02):
        super().__init__(owner, balance=100.0)
        self.rate = rate

    def add_interest(self):
        self.deposit(self.balance * self.rate)

    def __str__(self):
        return "Savings " + super().__str__()


a = Account("ada", 10)
a.deposit(5).deposit(2.5)
print(a, repr(a), len(a), 5 in a, 7 in a, list(a))
print(a.rounded, a.owner_upper, Account.bank, Account.validate(-1), Account.empty("bob"))
s = Savings("cy")
s.add_interest()
print(s, isinstance(s, Account), isinstance(a, Savings), s == Savings("cy"), a == s)
print([str(x) for x in [a, s]])

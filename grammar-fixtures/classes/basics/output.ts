import { contains, eq, format, gt, iter, len, print, repr, round, str } from "py2ts-async/runtime";

/** Classes: fields, class attributes, properties, static and class methods, inheritance and dunders. */

class Account {
  owner: string;
  balance: number;
  _history: unknown[];
  static bank = "PyBank";
  constructor(owner: string, balance: number = 0.0) {
    this.owner = owner;
    this.balance = balance;
    this._history = [];
  }
  get rounded(): number {
    return round(this.balance);
  }
  get owner_upper(): string {
    return this.owner.toUpperCase();
  }
  deposit(amount: number): Account {
    this.balance += amount;
    this._history.push(amount);
    return this;
  }
  static validate(amount: unknown): boolean {
    return gt(amount, 0);
  }
  static empty(owner: string): Account {
    return new this(owner);
  }
  __str__(): string {
    return `${this.owner}: ${format(this.balance, ".2f")}`;
  }
  __repr__(): string {
    return `Account(${repr(this.owner)}, ${repr(this.balance)})`;
  }
  __len__(): number {
    return this._history.length;
  }
  __eq__(other: unknown): boolean {
    return other instanceof Account && this.owner === other.owner;
  }
  __contains__(amount: unknown): boolean {
    return contains(this._history, amount);
  }
  __iter__(): Iterable<unknown> {
    return iter(this._history);
  }
  [Symbol.iterator](): Iterator<unknown> {
    return iter(this.__iter__());
  }
}

class Savings extends Account {
  rate: number;
  constructor(owner: string, rate: number = 0.02) {
    super(owner, 100.0);
    this.rate = rate;
  }
  add_interest(): void {
    this.deposit(this.balance * this.rate);
  }
  __str__(): string {
    return "Savings " + super.__str__();
  }
}

const a = new Account("ada", 10);
a.deposit(5).deposit(2.5);
print([a, repr(a), len(a), contains(a, 5), contains(a, 7), [...a]]);
print([a.rounded, a.owner_upper, Account.bank, Account.validate(-1), Account.empty("bob")]);
const s = new Savings("cy");
s.add_interest();
print([s, s instanceof Account, a instanceof Savings, eq(s, new Savings("cy")), eq(a, s)]);
console.log(str([a, s].map((x) => str(x))));

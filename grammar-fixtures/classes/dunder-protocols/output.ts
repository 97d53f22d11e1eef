import { at, callMethod, contains, dictKey, enumerate, eq, format, getAttr, getItem, iter, join, keyedSet, len, listCount, listIndex, lt, max, min, print, repr, sorted, str, sum, truthy, unpackStarred } from "py2ts-async/runtime";

// Dunder methods honoured by builtins and operators: __eq__/__hash__, __lt__ (sorting), __len__,
// __bool__, __iter__, __contains__, __getitem__, __call__, __str__/__repr__.

class Money {
  cents: number;
  constructor(cents: number) {
    this.cents = cents;
  }
  __eq__(other: unknown): boolean {
    return other instanceof Money && this.cents === other.cents;
  }
  __hash__(): number {
    return this.cents;
  }
  __lt__(other: unknown): boolean {
    return lt(this.cents, getAttr(other, "cents"));
  }
  __bool__(): boolean {
    return this.cents !== 0;
  }
  __repr__(): string {
    return `Money(${this.cents})`;
  }
  __str__(): string {
    return `$${format(this.cents / 100, ".2f", "f")}`;
  }
}

class Playlist {
  songs: string[];
  constructor(...songs: string[]) {
    this.songs = [...songs];
  }
  __len__(): number {
    return this.songs.length;
  }
  __iter__(): Iterable<string> {
    return iter(this.songs);
  }
  __contains__(song: unknown): boolean {
    const self = this;
    return contains((function* (): Generator<string> { for (const s of self.songs) { yield s.toLowerCase(); } })(), callMethod(song, "lower", []));
  }
  __getitem__(index: number): string {
    return at(this.songs, index);
  }
  __call__(n: number): string[] {
    return this.songs.slice(0, n);
  }
  __repr__(): string {
    return `Playlist${str([...this.songs], "(?...)")}`;
  }
  [Symbol.iterator](): Iterator<string> {
    return iter(this.__iter__());
  }
}

const wallet: Money[] = [new Money(500), new Money(125), new Money(0), new Money(125)];
console.log(`${str(wallet)} ${str(wallet.map((m) => str(m)))} ${str(sorted(wallet))} ${str(max(wallet))} ${str(min(wallet))}`);
print([eq(new Money(1), new Money(1)), !eq(new Money(1), new Money(2)), lt(new Money(1), new Money(2)), eq(new Money(1), 1), contains([new Money(1)], new Money(1))]);
print([sum(wallet.map((m) => m.cents)), keyedSet(wallet).size, contains(wallet, new Money(125)), listIndex(wallet, new Money(125)), listCount(wallet, new Money(125))]);
print([wallet.map((m) => truthy(m)), !truthy(new Money(0)) ? "empty" : "full", getItem(new Map([[dictKey(new Money(1)), "one"]]), new Money(1))]);
const p = new Playlist("Intro", "Verse", "Chorus", "Outro");
print([len(p), contains(p, "chorus"), contains(p, "bridge"), p.__getitem__(0), p.__getitem__(-1), p.__call__(2), [...p], truthy(new Playlist())]);
for (const [i, song] of enumerate(p)) {
  console.log(i, str(song));
}
print([sorted(p), [...p].filter((s) => s.includes("o")), join(", ", p), max(p, { key: len })]);
let a!: unknown;
let _!: unknown[];
let z!: unknown;
const items = unpackStarred(p, 1, 1);
a = items[0]!;
_ = items.slice(1, items.length - 1);
z = items[items.length - 1]!;
console.log(`${str(a)} ${str(z)} ${str(p)} ${`${repr(p)}`}`);

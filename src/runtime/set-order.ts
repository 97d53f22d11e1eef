/**
 * The order CPython 3.11 keeps a set of integers in (its hash table's slot order), so that printing
 * `{3, 1, 2}` shows `{1, 2, 3}` as Python does. Replays the insertions (in JavaScript's insertion
 * order) through CPython's probing and resizing. Sets of other values keep insertion order: for
 * strings CPython's order changes from run to run anyway (hash randomisation).
 */
const SET_LINEAR_PROBES = 9;
const SET_PERTURB_SHIFT = BigInt(5);

function setIntHash(x: number): bigint {
  // hash(n) == n for |n| < 2**61 - 1, except hash(-1) == -2; True/False hash as 1/0.
  return x === -1 ? BigInt(-2) : BigInt(x);
}

function setInsertClean(table: (number | undefined)[], mask: number, key: number, hash: bigint): void {
  let perturb = BigInt.asUintN(64, hash);
  let i = Number(BigInt.asUintN(64, hash) & BigInt(mask));
  for (;;) {
    if (table[i] === undefined) {
      table[i] = key;
      return;
    }
    if (i + SET_LINEAR_PROBES <= mask) {
      for (let j = 1; j <= SET_LINEAR_PROBES; j++) {
        if (table[i + j] === undefined) {
          table[i + j] = key;
          return;
        }
      }
    }
    perturb >>= SET_PERTURB_SHIFT;
    i = Number(BigInt.asUintN(64, BigInt(i) * BigInt(5) + BigInt(1) + perturb) & BigInt(mask));
  }
}

/** The set's elements in CPython's iteration order when they are all integers; insertion order otherwise. */
export function pySetOrder<T>(set: ReadonlySet<T>): T[] {
  const items = [...set];
  const ints = items.every((x) => (typeof x === "number" && Number.isInteger(x) && Math.abs(x) < 2 ** 53) || typeof x === "boolean");
  if (!ints || items.length < 2) return items;
  let mask = 7;
  let table: (number | undefined)[] = new Array(8);
  let used = 0;
  const order = new Map<number, T>();
  for (const item of items) {
    const key = Number(item);
    order.set(key, item);
    setInsertClean(table, mask, key, setIntHash(key));
    used++;
    if (used * 5 >= mask * 3) {
      const minused = used > 50000 ? used * 2 : used * 4;
      let size = 8;
      while (size <= minused) size <<= 1;
      const old = table;
      table = new Array(size);
      mask = size - 1;
      for (const k of old) if (k !== undefined) setInsertClean(table, mask, k, setIntHash(k));
    }
  }
  return table.filter((k): k is number => k !== undefined).map((k) => order.get(k)!);
}

/**
 * Python's `random` module (Lib/random.py of CPython 3.11) over the same Mersenne Twister, so a
 * seeded translation produces CPython's sequence: every method draws the same bits in the same
 * order (`_randbelow` by rejection over `getrandbits`, `shuffle`, the two `sample` algorithms,
 * `choices` by bisection). The distributions use JavaScript's Math functions, which may differ
 * from C's libm in the last bit for some arguments.
 */
import { randomBytes as rndRandomBytes } from "node:crypto";
import { IndexError, NotImplementedError, OverflowError, TypeError, ValueError, ZeroDivisionError } from "./exceptions";
import { MersenneTwister } from "./mersenne-twister";
import { PyRange } from "./sequences";
import { pythonTypeName } from "./truth";

const RND_TWOPI = 6.283185307179586;
const RND_NV_MAGICCONST = 1.7155277699214135;
const RND_LOG4 = 1.3862943611198906;
const RND_SG_MAGICCONST = 2.504077396776274;

interface RndIndexable<T> {
  readonly length: number;
  at(i: number): T | undefined;
}

/**
 * The Python sequence behind an iterable: list, tuple, str (by code point), bytes, range. Anything
 * else (a set, a dict) raises CPython's TypeError; it is accepted by the types so that such a call
 * translates and fails at run time as it does in Python.
 */
function rndSequence<T>(population: Iterable<T>, what: "choice" | "sample"): RndIndexable<T> {
  if (typeof population === "string") return Array.from(population);
  if (Array.isArray(population) || population instanceof Uint8Array || population instanceof PyRange) return population as unknown as RndIndexable<T>;
  if (what === "sample") throw new TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
  throw new TypeError(`'${pythonTypeName(population)}' object is not subscriptable`);
}

/** `bisect.bisect_right(a, x, 0, hi)`. */
function rndBisectRight(a: readonly number[], x: number, hi: number): number {
  let lo = 0;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x < a[mid]!) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function rndAccumulate(xs: Iterable<number>): number[] {
  const out: number[] = [];
  let total = 0;
  for (const x of xs) out.push((total = out.length ? total + x : x));
  return out;
}

/** `operator.index(x)` for randrange's arguments, with 3.11's accepted integral floats. */
function rndIndex(x: number | boolean, label: string): number {
  const n = Number(x);
  if (!Number.isInteger(n)) throw new ValueError(`non-integer ${label} for randrange()`);
  if (!Number.isSafeInteger(n)) throw new OverflowError(`randrange() bound ${n} is beyond 2**53: Python ints are JavaScript numbers in the translation`);
  return n;
}

/** Python's float `%` (the result takes the divisor's sign). */
function rndFloatMod(x: number, m: number): number {
  const r = x % m;
  return r !== 0 && r < 0 !== m < 0 ? r + m : r;
}

export type RandomState = [number, number[], number | null];

/** `random.Random`: an independent generator; `random.seed(1)` then `random.random()` match CPython. */
export class Random extends MersenneTwister {
  gaussNext: number | null = null;

  constructor(x: unknown = null) {
    super();
    this.seed(x);
  }

  override seed(a: unknown = null): void {
    super.seed(a);
    this.gaussNext = null;
  }

  getstate(): RandomState {
    return [3, this.internalState(), this.gaussNext];
  }

  setstate(state: readonly unknown[]): void {
    const [version, internal, gaussNext] = state;
    if (version !== 3 && version !== 2) throw new ValueError(`state with version ${String(version)} passed to Random.setstate() of version 3`);
    if (!Array.isArray(internal)) throw new TypeError("state vector must be a tuple");
    this.setInternalState(version === 2 ? internal.map((w) => rndFloatMod(Number(w), 2 ** 32)) : internal);
    this.gaussNext = typeof gaussNext === "number" ? gaussNext : null;
  }

  /** A random int in [0, n), n > 0: `getrandbits(n.bit_length())` until it is below n. */
  randbelow(n: number): number {
    if (n > Number.MAX_SAFE_INTEGER) throw new OverflowError("a random range of more than 2**53 values cannot be drawn: Python ints are JavaScript numbers in the translation");
    const k = n.toString(2).length;
    let r = this.getrandbits(k);
    while (r >= n) r = this.getrandbits(k);
    return r;
  }

  randrange(start: number | boolean, stop: number | boolean | null = null, step: number | boolean = 1): number {
    const istart = rndIndex(start, "arg 1");
    if (stop === null) {
      if (step !== 1) throw new TypeError("Missing a non-None stop argument");
      if (istart > 0) return this.randbelow(istart);
      throw new ValueError("empty range for randrange()");
    }
    const istop = rndIndex(stop, "stop");
    const width = istop - istart;
    const istep = rndIndex(step, "step");
    if (istep === 1) {
      if (width > 0) return istart + this.randbelow(width);
      throw new ValueError(`empty range for randrange() (${istart}, ${istop}, ${width})`);
    }
    let n: number;
    if (istep > 0) n = Math.floor((width + istep - 1) / istep);
    else if (istep < 0) n = Math.floor((width + istep + 1) / istep);
    else throw new ValueError("zero step for randrange()");
    if (n <= 0) throw new ValueError("empty range for randrange()");
    return istart + istep * this.randbelow(n);
  }

  randint(a: number | boolean, b: number | boolean): number {
    return this.randrange(a, Number(b) + 1);
  }

  choice<T>(seq: Iterable<T>): T {
    const items = rndSequence(seq, "choice");
    if (!items.length) throw new IndexError("Cannot choose from an empty sequence");
    return items.at(this.randbelow(items.length))!;
  }

  /** Shuffles the list in place (Fisher-Yates from the end, as CPython). */
  shuffle<T>(x: T[]): void {
    for (let i = x.length - 1; i > 0; i--) {
      const j = this.randbelow(i + 1);
      [x[i], x[j]] = [x[j]!, x[i]!];
    }
  }

  sample<T>(population: Iterable<T>, k: number, counts: Iterable<number> | null = null): T[] {
    const items = rndSequence(population, "sample");
    const n = items.length;
    if (counts !== null) {
      const cumCounts = rndAccumulate(counts);
      if (cumCounts.length !== n) throw new ValueError("The number of counts does not match the population");
      const total = cumCounts.pop();
      if (total === undefined || !Number.isInteger(total)) throw new TypeError("Counts must be integers");
      if (total <= 0) throw new ValueError("Total of counts must be greater than zero");
      return this.sample(new PyRange(0, total), k).map((s) => items.at(rndBisectRight(cumCounts, s, cumCounts.length))!);
    }
    if (!(k >= 0 && k <= n)) throw new ValueError("Sample larger than population or is negative");
    const result: T[] = [];
    let setsize = 21;
    if (k > 5) setsize += 4 ** Math.ceil(Math.log(k * 3) / Math.log(4));
    if (n <= setsize) {
      // Small population: draw from a shrinking pool.
      const pool = Array.from({ length: n }, (_, i) => items.at(i)!);
      for (let i = 0; i < k; i++) {
        const j = this.randbelow(n - i);
        result.push(pool[j]!);
        pool[j] = pool[n - i - 1]!;
      }
    } else {
      // Large population: redraw indexes already taken.
      const selected = new Set<number>();
      for (let i = 0; i < k; i++) {
        let j = this.randbelow(n);
        while (selected.has(j)) j = this.randbelow(n);
        selected.add(j);
        result.push(items.at(j)!);
      }
    }
    return result;
  }

  choices<T>(population: Iterable<T>, weights: Iterable<number> | null = null, options: { cumWeights?: readonly number[] | null; k?: number } = {}): T[] {
    const items = rndSequence(population, "choice");
    const n = items.length;
    const k = options.k ?? 1;
    const pick = (i: number): T => {
      if (i >= n) throw new IndexError("list index out of range");
      return items.at(i)!;
    };
    const out: T[] = [];
    let cumWeights = options.cumWeights ?? null;
    if (cumWeights === null) {
      if (weights === null) {
        for (let i = 0; i < k; i++) out.push(pick(Math.floor(this.random() * n)));
        return out;
      }
      cumWeights = rndAccumulate(weights);
    } else if (weights !== null) {
      throw new TypeError("Cannot specify both weights and cumulative weights");
    }
    if (cumWeights.length !== n) throw new ValueError("The number of weights does not match the population");
    if (n === 0) throw new IndexError("list index out of range");
    const total = cumWeights[n - 1]!;
    if (total <= 0) throw new ValueError("Total of weights must be greater than zero");
    if (!Number.isFinite(total)) throw new ValueError("Total of weights must be finite");
    for (let i = 0; i < k; i++) out.push(pick(rndBisectRight(cumWeights, this.random() * total, n - 1)));
    return out;
  }

  uniform(a: number, b: number): number {
    return a + (b - a) * this.random();
  }

  triangular(low = 0, high = 1, mode: number | null = null): number {
    let u = this.random();
    if (mode !== null && high === low) return low;
    let c = mode === null ? 0.5 : (mode - low) / (high - low);
    if (u > c) {
      u = 1 - u;
      c = 1 - c;
      [low, high] = [high, low];
    }
    return low + (high - low) * Math.sqrt(u * c);
  }

  normalvariate(mu = 0, sigma = 1): number {
    let z: number;
    for (;;) {
      const u1 = this.random();
      const u2 = 1 - this.random();
      z = (RND_NV_MAGICCONST * (u1 - 0.5)) / u2;
      if ((z * z) / 4 <= -Math.log(u2)) break;
    }
    return mu + z * sigma;
  }

  /** Box-Muller, two values per pair of draws: the second is kept for the next call. */
  gauss(mu = 0, sigma = 1): number {
    let z = this.gaussNext;
    this.gaussNext = null;
    if (z === null) {
      const x2pi = this.random() * RND_TWOPI;
      const g2rad = Math.sqrt(-2 * Math.log(1 - this.random()));
      z = Math.cos(x2pi) * g2rad;
      this.gaussNext = Math.sin(x2pi) * g2rad;
    }
    return mu + z * sigma;
  }

  lognormvariate(mu: number, sigma: number): number {
    return Math.exp(this.normalvariate(mu, sigma));
  }

  expovariate(lambd: number): number {
    if (lambd === 0) throw new ZeroDivisionError("float division by zero");
    return -Math.log(1 - this.random()) / lambd;
  }

  vonmisesvariate(mu: number, kappa: number): number {
    if (kappa <= 1e-6) return RND_TWOPI * this.random();
    const s = 0.5 / kappa;
    const r = s + Math.sqrt(1 + s * s);
    let z: number;
    for (;;) {
      const u1 = this.random();
      z = Math.cos(Math.PI * u1);
      const d = z / (r + z);
      const u2 = this.random();
      if (u2 < 1 - d * d || u2 <= (1 - d) * Math.exp(d)) break;
    }
    const q = 1 / r;
    const f = (q + z) / (1 + q * z);
    const u3 = this.random();
    return u3 > 0.5 ? rndFloatMod(mu + Math.acos(f), RND_TWOPI) : rndFloatMod(mu - Math.acos(f), RND_TWOPI);
  }

  gammavariate(alpha: number, beta: number): number {
    if (alpha <= 0 || beta <= 0) throw new ValueError("gammavariate: alpha and beta must be > 0.0");
    if (alpha > 1) {
      // R.C.H. Cheng, "The generation of Gamma variables with non-integral shape parameters" (1977).
      const ainv = Math.sqrt(2 * alpha - 1);
      const bbb = alpha - RND_LOG4;
      const ccc = alpha + ainv;
      for (;;) {
        const u1 = this.random();
        if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
        const u2 = 1 - this.random();
        const v = Math.log(u1 / (1 - u1)) / ainv;
        const x = alpha * Math.exp(v);
        const z = u1 * u1 * u2;
        const r = bbb + ccc * v - x;
        if (r + RND_SG_MAGICCONST - 4.5 * z >= 0 || r >= Math.log(z)) return x * beta;
      }
    }
    if (alpha === 1) return -Math.log(1 - this.random()) * beta;
    // Algorithm GS of Statistical Computing (Kennedy & Gentle), for 0 < alpha < 1.
    let x: number;
    for (;;) {
      const u = this.random();
      const b = (Math.E + alpha) / Math.E;
      const p = b * u;
      x = p <= 1 ? p ** (1 / alpha) : -Math.log((b - p) / alpha);
      const u1 = this.random();
      if (p > 1 ? u1 <= x ** (alpha - 1) : u1 <= Math.exp(-x)) break;
    }
    return x * beta;
  }

  betavariate(alpha: number, beta: number): number {
    const y = this.gammavariate(alpha, 1);
    return y ? y / (y + this.gammavariate(beta, 1)) : 0;
  }

  paretovariate(alpha: number): number {
    return (1 - this.random()) ** (-1 / alpha);
  }

  weibullvariate(alpha: number, beta: number): number {
    return alpha * (-Math.log(1 - this.random())) ** (1 / beta);
  }
}

/** `random.SystemRandom`: the operating system's randomness; it has no seed and no state. */
export class SystemRandom extends Random {
  override random(): number {
    return this.getrandbits(53) * 2 ** -53;
  }

  override getrandbits(k: number): number {
    if (k < 0) throw new ValueError("number of bits must be non-negative");
    if (k > 53) throw new OverflowError(`getrandbits(${k}): ints of more than 53 bits cannot be represented in the translation`);
    if (k === 0) return 0;
    const numbytes = Math.ceil(k / 8);
    return Number(BigInt(`0x${rndRandomBytes(numbytes).toString("hex")}`) >> BigInt(numbytes * 8 - k));
  }

  override randbytes(n: number): Uint8Array {
    return new Uint8Array(rndRandomBytes(n));
  }

  override seed(): void {
    this.gaussNext = null;
  }

  override getstate(): RandomState {
    throw new NotImplementedError("System entropy source does not have state.");
  }

  override setstate(): void {
    throw new NotImplementedError("System entropy source does not have state.");
  }
}

/** The generator behind the module-level functions (`random.seed`, `random.randint`...). */
export const defaultRandom = new Random();

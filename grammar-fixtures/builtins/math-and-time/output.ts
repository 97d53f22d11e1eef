import { ValueError, factorial, fsum, gcd, isclose, isinf, listRepeat, log, print, prod, pyType, range, round, sqrt, str, sum } from "py2ts-async/runtime";

// math functions return floats or ints exactly as Python's; time functions are measured, not printed.

print([str(sqrt(16), "f"), str(sqrt(2), "f"), Math.floor(-2.5), Math.ceil(-2.5), Math.trunc(-2.7), Math.floor(3)]);
print([str(Math.PI, "f"), str(Math.E, "f"), str(Infinity, "f"), str(-Infinity, "f"), Number.isNaN(NaN), isinf(Infinity)]);
console.log(gcd(12, 18), factorial(10));
print([str(log(Math.E), "f"), str(log(8, 2), "f"), str(Math.log10(1000), "f"), str(Math.log2(1024), "f"), str(Math.exp(0), "f"), str(Math.exp(1), "f")]);
print([str(2 ** 10, "f"), 2 ** 10, str(Math.hypot(3, 4), "f"), str(Math.abs(-3), "f")]);
print([str(Math.sin(0), "f"), str(Math.cos(0), "f"), str(round(Math.sin(Math.PI / 2), 10), "f")]);
print([str(fsum(listRepeat([0.1], 10)), "f"), str(sum(listRepeat([0.1], 10)), "f"), prod([1, 2, 3, 4]), str(prod([0.5, 4]), "f"), isclose(1.0, 1.0 + 1e-10)]);
try {
  sqrt(-1);
} catch (e) {
  if (e instanceof ValueError) {
    console.log("ValueError:", str(e));
  } else {
    throw e;
  }
}
try {
  log(0);
} catch (e) {
  if (e instanceof ValueError) {
    console.log("ValueError:", str(e));
  } else {
    throw e;
  }
}
const start = performance.now() / 1000;
const perf = performance.now() / 1000;
const now = Date.now() / 1000;
const total = sum([...range(10000)].map((i) => i * i));
const elapsed = performance.now() / 1000 - start;
print([total, elapsed >= 0, elapsed < 5, performance.now() / 1000 >= perf, now > 1_600_000_000]);
console.log(`${pyType(elapsed, "f").__name__} ${pyType(now, "f").__name__}`);
const ms = round(elapsed * 1000);
console.log("took a measurable time:", str(ms >= 0));

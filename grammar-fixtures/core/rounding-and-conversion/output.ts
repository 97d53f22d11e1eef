import { ValueError, bin, format, hex, len, listRepeat, max, min, oct, pyType, round, str, sum, toFloat, toInt } from "py2ts-async/runtime";

// round() is half-to-even; int() truncates and parses; float() parses; abs/min/max/sum.
for (const v of [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.45, 2.55]) {
  console.log(str(v, "f"), round(v), str(round(v, 1), "f"), pyType(round(v)).__name__);
}
console.log(str(round(1234.5678, -2), "f"), round(1250, -2), round(1350, -2), round(7, 0), str(round(2.5, 0), "f"));
console.log(Math.trunc(3.99), Math.trunc(-3.99), toInt("  42 "), toInt("-17"), toInt("ff", 16), toInt("0b101", 0), toInt("777", 8));
console.log(str(toFloat("1e3"), "f"), str(toFloat(" -2.5 "), "f"), str(toFloat("inf"), "f"), str(3, "f"), Number(true), str(toFloat(false), "f"));
for (const bad of ["", "4.5", "abc"]) {
  try {
    console.log(toInt(bad));
  } catch (e) {
    if (e instanceof ValueError) {
      console.log("ValueError:", str(e));
    } else {
      throw e;
    }
  }
}
try {
  toFloat("x1");
} catch (e) {
  if (e instanceof ValueError) {
    console.log("ValueError:", str(e));
  } else {
    throw e;
  }
}
console.log(Math.abs(-4), str(Math.abs(-4.0), "f"), Math.abs(3), str(min([4, 2.0]), "f"), str(max([2.5, 1.0]), "f"), min([7, 3]));
console.log(min([3, 1, 2], { key: (n: number) => -n }), str(max([], { default: null })), str(min(([] as []), { default: "empty" })));
console.log(`${max(["apple", "fig", "banana"], { key: len })} ${str(min([[2, 1], [1, 9], [1, 2]]))}`);
console.log(sum([1, 2, 3]), str(sum(listRepeat([0.1], 10)), "f"), sum([1, 2], 10), str(sum([[1], [2]], [])));
console.log(str(false), str(-0.0 !== 0), str(true), Math.trunc(1e6), String(10 ** 15), Math.floor(10 ** 15 / 7));
console.log(`${hex(255)} ${oct(8)} ${bin(5)} ${hex(-42)} ${`${format(255, "x")}`} ${toInt("FF", 16)}`);
const total_cents = 1999;
console.log(str(total_cents / 100, "f"), Math.floor(total_cents / 100), round(total_cents / 100), str(round(total_cents / 100, 1), "f"));

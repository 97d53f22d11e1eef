import { div, max, min, pow, print, pyType, repr, round, str, sum, toFloat } from "py2ts-async/runtime";

// Floats print with Python's repr everywhere: alone, in containers, as dict values and in f-strings.

const prices: number[] = [1.0, 2.50, 0.1 + 0.2, 1e-05, 1e16, 1.5e-7, 123456789012345678.0];
console.log(str(prices, "[f]"));
for (const p of prices) {
  console.log(str(p, "f"), str(p, "f"), repr(p, "f"), `${str(p, "f")}`);
}
console.log(str(toFloat("inf"), "f"), str(toFloat("-inf"), "f"), str(toFloat("nan"), "f"), str(-0.0, "f"), str(0.0 * -1, "f"));
console.log(`${str([Infinity, -Infinity], "[f]")} ${str([NaN], "(f)")} ${str(new Map([["zero", -0.0]]), "{?:f}")}`);
let total = 0.0;
for (const x of [0.5, 0.25, 0.25]) {
  total += x;
}
console.log("total", str(total, "f"), str(total === 1), pyType(total, "f").__name__);
const ratio = 3 / 3;
const half = 1 / 2;
console.log(str(ratio, "f"), str(half, "f"), str(10 / 4, "f"), pow(2, -2), str(7, "f"), str(toFloat("3"), "f"), str(7 * 1.0, "f"));
const pairs: Map<string, number> = new Map([["a", 1.0], ["b", 2.0]]);
print([str(pairs, "{?:f}"), str([...pairs.values()], "[f]"), str(sum(pairs.values()), "f")]);
const point: [number, number, number] = [0.0, 1.0, -2.0];
console.log(`${str(point, "(f,f,f)")} ${str(max(point), "f")} ${str(min(point), "f")} ${str(Math.abs(point[2]), "f")}`);
const averages: Map<string, number> = new Map([...new Map([["ada", [3, 5]], ["bob", [4, 4, 4]]]).entries()].map(([name, scores]) => [name, div(sum(scores), scores.length)] as const));
console.log(str(averages, "{?:f}"));
console.log(str(1e22, "f"), str(1e21, "f"), str(1e-4, "f"), str(0.0001, "f"), str(100000000000000000000.0, "f"), str(12345.678e3, "f"));
console.log(round(2.0), str(round(2.0, 1), "f"), str(round(2.675, 2), "f"), str(4.35 * 100, "f"));
const big = 2.0 ** 60;
console.log(str(big, "f"), str(1 / 3, "f"), str(2 / 3, "f"), str(-1 / 3, "f"));
console.log(`${str([1.0, [2.0, [3.0]]], "[<f|[<f|(f)>]>]")} ${repr(new Map([[1.0, "one"]]), "{f:?}")}`);

import { bytesOf, encode, max, powFloat, print, repr, str, sum, toFloat } from "py2ts-async/runtime";

/** print and repr follow Python's rules for every kind of value. */

console.log(str(true), str(false), str(null));
console.log(str(1.0, "f"), str(0.1 + 0.2, "f"), str(1e-05, "f"), str(1e16, "f"), str(123456789.0, "f"), str(-0.0, "f"), str(toFloat("inf"), "f"), str(toFloat("-inf"), "f"));
console.log(str(3 / 2, "f"), str(4 / 2, "f"), Math.floor(10 / 3), str(powFloat(2, 0.5), "f"));
console.log(`${str([1, "a", null, true, 2.5], "[?]")} ${str([1], "(?)")} ${str([], "()")} ${str([1, "two"], "(?,?)")}`);
console.log(`${str(new Map<string, number | Map<string, number[]>>([["k", 1], ["nested", new Map([["x", [1, 2]]])]]))} ${str(new Map())}`);
print([new Set([3, 1, 2]), new Set()]);
print([bytesOf([0, 97, 98, 255]), bytesOf(3), encode("it's")]);
console.log(`${repr("quote's")} ${repr("dq\"")} ${repr("both'\"")} ${repr("tab\tnl\n")}`);
console.log(`${str(2.0, "f")} ${str([1.0, 2.5], "[f]")} ${repr(null)}`);
print(["a", "b", "c"], { sep: "-", end: "!\n" });
print(["no newline"], { end: "" });
console.log();
console.error("to stderr");
print([...[1, 2, 3]]);
const values: number[] = [0.5, 1.5, 2.0];
console.log(`${str(values, "[f]")} ${str(sum(values), "f")} ${str(max(values), "f")}`);
const pairs: [number, number][] = [[1, 0.5], [2, 1.0]];
print([str(pairs, "[(?,f)]"), str(new Map(pairs), "{?:f}")]);

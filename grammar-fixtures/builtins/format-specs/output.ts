import { dictEntries, format, percentFormat, repr, strFormat } from "py2ts-async/runtime";

// f-strings with conversions and the format mini-language, %-formatting and str.format.
const price = 1234.5678;
const count = 42;
const name = "widget";
const ratio = 0.4567;
console.log(`${format(price, ".2f", "f")}|${format(price, ">12.1f", "f")}|${format(price, ",.2f", "f")}|${format(price, "_.0f", "f")}`);
console.log(`${format(count, ">6")}|${format(count, "<6")}|${format(count, "^6")}|${format(count, "06d")}|${format(count, "#x")}|${format(count, "#o")}|${format(count, "b")}`);
console.log(`${repr(name)}|${format(name, ">10")}|${format(name, "*^12")}|${format(name, "<8")}|`);
console.log(`${format(ratio, ".1%", "f")}|${format(ratio, "e", "f")}|${format(price, ".3e", "f")}|${format(count, "+d")}|${format(-count, " d")}`);
const width = 9;
console.log(`${format(name, `>${width}`)}|${format(price, `${width}.2f`, "f")}|`);
console.log(`count=${repr(count)}, name = ${repr(name)}, ratio=${format(ratio, ".2f", "f")}`);
console.log(percentFormat("%s has %d items costing %.2f", [name, count, price], "(?,?,f)"));
console.log(percentFormat("%-8s|%5.1f%%", [name, ratio * 100], "(?,f)"));
console.log(`${strFormat("{} and {}", ["first", "second"])} ${strFormat("{1}-{0}", ["a", "b"])} ${strFormat("{n}!", [], new Map<string, unknown>([["n", name]]))}`);
console.log(`${strFormat("{:>8.3f}", [ratio], undefined, { args: "(f)" })} ${strFormat("{0:,}", [1234567])}`);
const data: Map<string, string | number> = new Map<string, string | number>([["user", "ada"], ["score", 9.5]]);
console.log(strFormat("{user} scored {score}", [], new Map<string, unknown>([...dictEntries(data)]), { rest: "f" }));

import { format, repr, str, sum, toFloat } from "py2ts-async/runtime";

// Every piece of the format mini-language used in practice, on ints, floats and strings.
const price = 1234.5;
const qty = 42;
const neg = -7;
const name = "ada";
const frac = 0.0825;
console.log(`[${format(price, ".2f", "f")}] [${format(price, ">10", "f")}] [${format(price, "<10", "f")}] [${format(price, "^10", "f")}] [${format(price, "08.3f", "f")}] [${format(price, ",", "f")}] [${format(price, "_", "f")}]`);
console.log(`[${format(qty, ">10")}] [${format(qty, "^8")}] [${format(qty, "<5")}|] [${format(qty, "05")}] [${format(qty, ",")}] [${format(1234567, "_")}] [${format(qty, "+")}] [${format(neg, "+")}] [${format(qty, " ")}]`);
console.log(`[${format(frac, ".1%", "f")}] [${format(frac, "%", "f")}] [${format(0.5, ".0%", "f")}] [${format(qty, "#x")}] [${format(qty, "#X")}] [${format(qty, "x")}] [${format(qty, "#o")}] [${format(qty, "#b")}] [${format(qty, "08b")}]`);
console.log(`[${format(price, "e", "f")}] [${format(price, ".2e", "f")}] [${format(frac, "E", "f")}] [${format(price, "g", "f")}] [${format(0.00001234, "g", "f")}] [${format(1e20, "g", "f")}] [${format(price, ".3g", "f")}] [${format(qty, ".2f")}]`);
console.log(`[${format(name, ">8")}] [${format(name, "<8")}] [${format(name, "^8")}] [${format(name, "*^9")}] [${format(name, ".2")}] [${format(name, "-<6")}] [${format(repr(name), ">8")}] [${name}]`);
console.log(`[${format(neg, "05")}] [${format(neg, "=6")}] [${format(neg, ">6")}] [${format(-1.5, "08.2f", "f")}] [${format(price, "=+12.1f", "f")}] [${format(qty, ">+6")}] [${format(neg, "x")}]`);
const width = 12;
const precision = 3;
console.log(`[${format(price, `>${width}.${precision}f`, "f")}] [${format(name, `^${width}`)}] [${format(qty, `${"0"}${width}`)}] [${format(price, `${width},.1f`, "f")}]`);
console.log(`[${str(true)}] [${str(null)}] [${format(true, ">6")}] [${str(1.0, "f")}] [${str(2.50, "f")}] [${str([1.0, 2.0], "[f]")}] [${str([1], "(?)")}] [${str(new Map([["a", 1.5]]), "{?:f}")}]`);
console.log(`[${format(3.0, ".0f", "f")}] [${format(2.5, ".0f", "f")}] [${format(3.5, ".0f", "f")}] [${format(0.125, ".2f", "f")}] [${format(0.375, ".2f", "f")}] [${format(1e-7, ".3f", "f")}] [${format(-0.0, ".1f", "f")}]`);
console.log(`[${format(toFloat("inf"), ".2f", "f")}] [${format(toFloat("nan"), ">6", "f")}] [${format(toFloat("-inf"), "e", "f")}] [${str(1e16, "f")}] [${format(123456789.0, ",.2f", "f")}]`);
console.log(`${format(price, ",.2f")} ${format(qty, "b")} ${format(name, ">5")} ${format(0.5, "%")} ${format(7, "03")}`);
console.log(`${format("left", "<10")}|${format("right", ">10")}|`);
for (const [item, cost] of ([["apple", 1.5], ["watermelon", 12.25], ["fig", 0.333]] as [string, number][])) {
  console.log(`${format(item, "<12")}${format(cost, ">8.2f", "f")}${format(cost / 3, ">10.4f", "f")}`);
}
const total = sum([1.5, 12.25, 0.333]);
console.log(`${format("TOTAL", "<12")}${format(total, ">8.2f", "f")}  (${repr(total, "f")})  total=${repr(total, "f")}  total = ${format(total, ".1f", "f")}`);

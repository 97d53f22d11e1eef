import { TypeError, percentFormat, str } from "py2ts-async/runtime";

// printf-style % formatting: conversions, widths, flags, tuples, dicts and the %% escape.
const name = "ada";
const count = 3;
const ratio = 0.4567;
console.log(percentFormat("%s has %d items", [name, count], "(?,?)"));
console.log(percentFormat("%r %s %a", [name, name, "é"], "(?,?,?)"));
console.log(percentFormat("%5d|%-5d|%05d|%+d|% d", [count, count, count, count, count], "(?,?,?,?,?)"));
console.log(percentFormat("%f|%.2f|%8.3f|%-8.1f|%08.2f", [ratio, ratio, ratio, ratio, -ratio], "(f,f,f,f,f)"));
console.log(percentFormat("%e|%.3E|%g|%g|%G", [12345.678, 0.000123, 0.0001, 1e20, 1e-10], "(f,f,f,f,f)"));
console.log(percentFormat("%x|%X|%#x|%o|%#o|%c|%c", [255, 255, 255, 8, 8, 65, "z"], "(?,?,?,?,?,?,?)"));
console.log(percentFormat("%.1f%% done", ratio * 100, "f"));
console.log(percentFormat("%(user)s scored %(score).1f", new Map<string, string | number>([["user", "bob"], ["score", 9.25]]), "{?:f}"));
console.log(`${percentFormat("single value: %s", 42)} ${percentFormat("float via s: %s", 2.0, "f")} ${percentFormat("list: %s", [1, 2], "[?]")}`);
console.log(`${percentFormat("tuple arg: %s", [[1, 2]], "((?,?))")} ${percentFormat("none: %s", null)} ${percentFormat("bool: %s %d", [true, true], "(?,?)")}`);
console.log(`${percentFormat("%s", "x").repeat(3)} ${percentFormat("%i", 3.99, "f")} ${percentFormat("%d", -2.5, "f")} ${percentFormat("%.0f", 2.5, "f")} ${percentFormat("%.0f", 3.5, "f")}`);
console.log(percentFormat("%10s|%-10s|%.2s|", ["right", "left", "truncate"], "(?,?,?)"));
console.log(percentFormat("%*d|%-*d|", [6, 42, 6, 42], "(?,?,?,?)"));
const rows: [string, number, number][] = [["apples", 3, 1.5], ["kiwis", 12, 0.25]];
for (const [item, n, unit] of rows) {
  console.log(percentFormat("%-8s x%3d @ %6.2f = %7.2f", [item, n, unit, n * unit], "(?,?,f,f)"));
}
try {
  console.log(percentFormat("%d items", "three"));
} catch (e) {
  if (e instanceof TypeError) {
    console.log("TypeError:", str(e));
  } else {
    throw e;
  }
}
try {
  console.log(percentFormat("%s and %s", ["one"], "(?)"));
} catch (e) {
  if (e instanceof TypeError) {
    console.log("TypeError:", str(e));
  } else {
    throw e;
  }
}

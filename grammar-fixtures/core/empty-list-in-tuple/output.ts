import { sum } from "py2ts-async/runtime";

// An empty list among the items of a tuple literal takes the type of the other lists when the tuple is iterated.
function count(argv: string[]): number {
  return argv.length;
}

for (const argv of ([[], ["u"], ["a", "b"]] as [never[], string[], string[]])) {
  console.log(count(argv));
}
for (const xs of [[], [1, 2]]) {
  console.log(sum(xs));
}

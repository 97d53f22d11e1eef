import { at, range, str } from "py2ts-async/runtime";

// Python scopes are per function; TypeScript's are per block. Variables first bound inside a branch
// or loop and read later must still be declared where every use can see them.

function describe(values: number[]): void {
  let label!: string;
  let size!: number;
  if (values.length > 0) {
    label = "non-empty";
    size = values.length;
  } else {
    label = "empty";
    size = 0;
  }
  console.log(`${label} ${size}`);
}

function running_max(values: number[]): void {
  let best: null | number = null;
  let last!: number;
  for (const v of values) {
    if (best === null || v > best) {
      best = v;
    }
    last = v;
  }
  console.log("best", str(best), "last", last);
}

function previous_pairs(values: string[]): void {
  let prev!: string;
  for (const i of range(values.length)) {
    if (i > 0) {
      console.log(`${prev} -> ${at(values, i)}`);
    }
    prev = at(values, i);
  }
}

function make_counter(): () => number {
  let count = 0;

  function increment(): number {
    count += 1;
    return count;
  }

  return increment;
}

describe([4, 5, 6]);
describe([]);
running_max([3, 9, 2, 7]);
previous_pairs(["a", "b", "c"]);
const counter = make_counter();
counter();
counter();
console.log("counter:", counter());

let x = 1;
const y = x * 2;
x = x + y;
console.log(x, y);
let [a, b] = [1, 2];
[a, b] = [b, a];
console.log(a, b);

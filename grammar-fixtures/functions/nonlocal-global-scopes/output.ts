import { print, range, str } from "py2ts-async/runtime";

// global and nonlocal rebinding, closures over loop variables, and shadowing in nested functions.
let total = 0;
const log: number[] = [];

function add(n: number): void {
  total += n;
  log.push(n);
}

function make_counter(start: number = 0): [(step?: number) => number, () => void] {
  let count = start;

  function increment(step: number = 1): number {
    count += step;
    return count;
  }

  function reset(): void {
    count = start;
  }

  return [increment, reset];
}

function outer(): [string, string] {
  const value = "outer";

  function middle(): string {
    let value = "middle";

    function inner(): void {
      value = "changed by inner";
    }

    inner();
    return value;
  }

  return [middle(), value];
}

add(5);
add(7);
console.log(total, str(log));
const [inc, reset] = make_counter(10);
console.log(inc(), inc(5), inc());
reset();
console.log(inc());
const [other, _] = make_counter();
console.log(other(), inc());
console.log(str(outer(), "(?,?)"));
const callbacks: (() => number)[] = (() => { const result: (() => number)[] = []; let i!: number; for (i of range(3)) { result.push(() => i); } return result; })();
const bound: ((i?: number) => number)[] = [...range(3)].map((i) => ((i_default: number) => (i: number = i_default) => i)(i));
print([callbacks.map((f) => f()), bound.map((f) => f())]);
const x = "global x";

function read_global(): string {
  return x;
}

function shadow(): [string, string] {
  const x = "local x";
  return [x, read_global()];
}

console.log(`${str(shadow(), "(?,?)")} ${x}`);

let CONFIG!: Map<string, boolean>;
function set_config(): void {
  CONFIG = new Map([["debug", true]]);
}

set_config();
console.log(str(CONFIG));

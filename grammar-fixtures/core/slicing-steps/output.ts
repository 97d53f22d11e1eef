import { IndexError, ValueError, at, delSlice, listRepeat, makeSlice, print, range, setSlice, slice, str } from "py2ts-async/runtime";

// Slices with steps and negative indexes on lists, strings, tuples; slice assignment and deletion; slice objects.
const nums: (number | string)[] = [...range(10)];
console.log(`${str(slice(nums, null, null, 2))} ${str(slice(nums, 1, null, 2))} ${str(slice(nums, null, null, -1))} ${str(slice(nums, null, null, -2))} ${str(slice(nums, 8, 2, -2))} ${str(nums.slice(-3))} ${str(nums.slice(0, -3))}`);
console.log(`${str(nums.slice(2, 100))} ${str(nums.slice(100))} ${str(nums.slice(-100, 2))} ${str(nums.slice(5, 2))} ${str(nums.slice(3, 3))} ${str(slice(slice(nums, null, null, 3), null, null, -1))}`);
const word = "abcdefgh";
console.log(`${slice(word, null, null, -1)} ${word.slice(1, -1)} ${slice(word, null, null, 3)} ${slice(word, -1, null, -3)} ${word.slice(0, 0)} ${slice(word, 5, 1, -1)}`);
const t: [number, number, number, number, number] = [1, 2, 3, 4, 5];
console.log(`${str(t.slice(1, 3), "(?...)")} ${str(slice(t, null, null, -1), "(?...)")} ${str(t.slice(0, 1), "(?...)")} ${str(t.slice(4), "(?...)")} ${str(t.slice(-2), "(?...)")}`);
setSlice(nums, 2, 5, null, ["x", "y"]);
console.log(str(nums));
setSlice(nums, null, 2, null, []);
console.log(str(nums));
setSlice(nums, null, null, 2, listRepeat([0], slice(nums, null, null, 2).length));
console.log(str(nums));
delSlice(nums, 1, 3, null);
console.log(str(nums));
delSlice(nums, null, null, 2);
console.log(`${str(nums)} ${nums.length}`);
const matrix: number[][] = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
console.log(`${str(slice(matrix, null, null, -1).map((row) => slice(row, null, null, -1)))} ${str(matrix.map((row) => at(row, 1)).slice(1))}`);
const copy = matrix.slice();
copy.push([0]);
console.log(matrix.length, copy.length, str(at(copy, 0) === at(matrix, 0)));
const text = "racecar";
console.log(str(text === slice(text, null, null, -1)), str(slice("hello", null, null, -1) === "hello"));
try {
  setSlice(nums, null, null, 2, [1]);
} catch (e) {
  if (e instanceof ValueError) {
    console.log("ValueError:", str(e));
  } else {
    throw e;
  }
}
try {
  console.log(at(word, 20));
} catch (e) {
  if (e instanceof IndexError) {
    console.log("IndexError:", str(e));
  } else {
    throw e;
  }
}
const digits: (number | string)[] = [...range(10)];
const window = makeSlice(1, 8, 2);
print([slice(digits, ...window.bounds), slice(word, ...window.bounds), str(slice(t, ...window.bounds), "(?...)"), window, makeSlice(3), window.start, window.stop, window.step, str(window.indices(5), "(?,?,?)")]);
setSlice(digits, ...makeSlice(0, 2).bounds, ["a", "b"]);
delSlice(digits, ...makeSlice(null, null, 3).bounds);
print([digits, slice(digits, ...makeSlice(-2, null).bounds)]);
try {
  setSlice(digits, null, null, 2, [1]);
} catch (e) {
  if (e instanceof ValueError) {
    console.log("ValueError:", str(e));
  } else {
    throw e;
  }
}

import { at } from "py2ts-async/runtime";

/** Module docstring: strings, f-strings without format specs, and comments kept in the output. */

// A comment on its own line.
const GREETING = "hello"; // a trailing comment

/** Return the word in capitals, with an exclamation mark. */
function shout(word: string): string {
  return word.toUpperCase() + "!";
}

const name = "world";
const count = 3;
console.log(`${GREETING}, ${name}! You have ${count} new messages.`);
console.log(shout(name));
console.log("tab\tand newline escaped: \\n", "single \"quotes\"", "it's");
console.log(`${count + 1} is one more than ${count}`);
console.log("emoji and CJK: 协程 ✓");
const multi = "first line\nsecond line";
console.log(multi);
console.log("concatenated literal");
console.log(name.length, at(name, 0), at(name, -1));

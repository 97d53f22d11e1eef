"use strict";
// Delta debugging (ddmin) of a failing input: removes chunks of lines, then of characters, as long as
// the input still fails the same way. `stillFails(text)` is asynchronous (it runs in a worker).

/**
 * @param {string} text the failing input
 * @param {(candidate: string) => Promise<boolean>} stillFails
 * @param {{ maxTests?: number, deadline?: number }} [limits] deadline: a Date.now() value
 */
async function minimize(text, stillFails, limits = {}) {
  const maxTests = limits.maxTests ?? 3000;
  const deadline = limits.deadline ?? Infinity;
  let tests = 0;
  const tried = new Map();
  const check = async (candidate) => {
    if (tried.has(candidate)) return tried.get(candidate);
    if (tests >= maxTests || Date.now() > deadline) return false;
    tests++;
    const fails = await stillFails(candidate);
    tried.set(candidate, fails);
    return fails;
  };
  const budgetLeft = () => tests < maxTests && Date.now() <= deadline;

  // Lines (keeping their newlines), then characters.
  let parts = splitLines(text);
  parts = await ddmin(parts, (p) => check(p.join("")), budgetLeft);
  let current = parts.join("");
  // Simplify each remaining line on its own: drop it, or cut it to its indentation plus `pass`.
  parts = splitLines(current);
  for (let i = 0; i < parts.length && budgetLeft(); i++) {
    const indent = parts[i].match(/^[ \t]*/)[0];
    for (const replacement of ["", `${indent}pass\n`]) {
      if (replacement === parts[i]) continue;
      const candidate = [...parts.slice(0, i), replacement, ...parts.slice(i + 1)];
      if (await check(candidate.join(""))) {
        parts = candidate;
        break;
      }
    }
  }
  current = parts.join("");
  // Then tokens, keeping the line breaks (a reproducer on one line is hard to read), and characters.
  if (current.length <= 20000) {
    for (const split of [tokens, (t) => [...t]]) {
      const units = split(current);
      const fixed = units.map((u) => u === "\n");
      const removable = units.map((_, i) => i).filter((i) => !fixed[i]);
      const rebuild = (keep) => {
        const kept = new Set(keep);
        return units.filter((u, i) => fixed[i] || kept.has(i)).join("");
      };
      const kept = await ddmin(removable, (k) => check(rebuild(k)), budgetLeft);
      current = rebuild(kept);
    }
    // Blank lines left behind.
    const compact = current.replace(/^[ \t]*\n/gm, "");
    if (compact !== current && (await check(compact))) current = compact;
  }
  return { text: current, tests };
}

/** Identifiers, numbers, string literals, runs of blanks, newlines, and single other characters. */
function tokens(text) {
  return text.match(/\n|[ \t]+|\w+|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|./gs) || [];
}

function splitLines(text) {
  return text.match(/[^\n]*\n|[^\n]+$/g) || [];
}

/** Zeller's ddmin, complement-only variant: returns a 1-minimal (within budget) subsequence that still fails. */
async function ddmin(items, fails, budgetLeft) {
  let n = 2;
  while (items.length >= 2 && budgetLeft()) {
    const size = Math.ceil(items.length / n);
    let reduced = false;
    for (let start = 0; start < items.length && budgetLeft(); start += size) {
      const complement = [...items.slice(0, start), ...items.slice(start + size)];
      if (complement.length > 0 && (await fails(complement))) {
        items = complement;
        n = Math.max(n - 1, 2);
        reduced = true;
        break;
      }
    }
    if (!reduced) {
      if (n >= items.length) break;
      n = Math.min(items.length, n * 2);
    }
  }
  return items;
}

module.exports = { minimize };

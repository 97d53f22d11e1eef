import { parsePython, type Tree } from "../parse/parser";
import { collectSyntaxErrors } from "../parse/syntax-errors";

/**
 * Characters of stub text kept parsed per thread. The standard library's stubs total ~1 M; with
 * this much kept, its batch parses 0.4% more than with all of them kept, and a batch of many
 * copies of it stays within the same memory.
 */
const BUDGET = 500_000;

export interface ParsedStub {
  readonly tree: Tree;
  readonly usable: boolean;
}

/**
 * Parsed stubs, shared by the units a thread translates. Most units import the same modules
 * (`os`, `typing`, `re`…, and what those import), and parsing their stubs again for each unit took
 * a quarter of the standard library's batch. A tree is never changed after it is built, and node
 * ids are unique per process (the analyses' maps keyed by id can hold nodes of a shared tree), so a
 * unit gets the tree it would have parsed, but for the ids (which differ between threads anyway).
 * The key includes the module name: within a unit each module needs its own tree (analyses are
 * found by tree), even when two stubs read alike. Least recently used first out.
 */
const cache = new Map<string, ParsedStub>();
let held = 0;

export function parseStub(name: string, source: string): ParsedStub {
  const key = `${name}\n${source}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const tree = parsePython(source);
  const parsed: ParsedStub = { tree, usable: collectSyntaxErrors(tree.rootNode).length === 0 };
  cache.set(key, parsed);
  held += key.length;
  for (const [k] of cache) {
    if (held <= BUDGET) break;
    cache.delete(k);
    held -= k.length;
  }
  return parsed;
}

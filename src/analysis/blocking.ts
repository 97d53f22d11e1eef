import type { SyntaxNode } from "../parse/parser";
import { hasAsyncKeyword } from "../parse/nodes";
import type { TypeInference } from "./infer";

/**
 * Plain `def` functions that run an event loop (`asyncio.run`, `loop.run_until_complete`), directly or
 * through other such functions. Python blocks there; TypeScript cannot, so they become async functions
 * and their callers await them (up to the module's top-level `await`).
 */
export function findBlockingFunctions(inference: TypeInference, isBlockingCall: (key: string) => boolean): Set<number> {
  const blocking = new Set<number>();
  const direct = inference.calls.filter((call) => {
    const key = inference.libraryCallKey(call);
    return key !== undefined && isBlockingCall(key);
  });
  // Most modules run no event loop: then no function blocks, and the callers need not be looked at.
  if (direct.length === 0) return blocking;
  const callsIn = new Map<number, SyntaxNode[]>();
  const defs: SyntaxNode[] = [];
  for (const call of inference.calls) {
    const fn = enclosingFunction(call);
    if (!fn) continue;
    let calls = callsIn.get(fn.id);
    if (!calls) {
      callsIn.set(fn.id, (calls = []));
      defs.push(fn);
    }
    calls.push(call);
  }
  const blocks = new Set(direct);
  for (let changed = true; changed; ) {
    changed = false;
    for (const def of defs) {
      if (blocking.has(def.id) || hasAsyncKeyword(def)) continue;
      const found = callsIn.get(def.id)!.some((call) => {
        if (blocks.has(call)) return true;
        const callee = inference.userFunctionOf(call.childForFieldName("function")!);
        return callee !== undefined && blocking.has(callee.id);
      });
      if (found) {
        blocking.add(def.id);
        changed = true;
      }
    }
  }
  return blocking;
}

/** The `def` whose body a call is in (not a nested lambda's), if any. */
function enclosingFunction(node: SyntaxNode): SyntaxNode | undefined {
  for (let p = node.parent; p; p = p.parent) {
    if (p.type === "lambda") return undefined;
    if (p.type === "function_definition") return p;
  }
  return undefined;
}

import type { SyntaxNode } from "../parse/parser";
import { hasAsyncKeyword } from "../parse/nodes";
import type { TypeInference } from "./infer";

/**
 * Plain `def` functions that run an event loop (`asyncio.run`, `loop.run_until_complete`), directly or
 * through other such functions. Python blocks there; TypeScript cannot, so they become async functions
 * and their callers await them (up to the module's top-level `await`).
 */
export function findBlockingFunctions(root: SyntaxNode, inference: TypeInference, isBlockingCall: (key: string) => boolean): Set<number> {
  const callsIn = new Map<number, SyntaxNode[]>();
  const defs: SyntaxNode[] = [];
  const collect = (node: SyntaxNode, fn: SyntaxNode | undefined): void => {
    if (node.type === "function_definition") {
      defs.push(node);
      callsIn.set(node.id, []);
      for (const c of node.namedChildren) collect(c, node);
      return;
    }
    if (node.type === "lambda") return;
    if (node.type === "call" && fn) callsIn.get(fn.id)!.push(node);
    for (const c of node.namedChildren) collect(c, fn);
  };
  collect(root, undefined);
  const blocking = new Set<number>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const def of defs) {
      if (blocking.has(def.id) || hasAsyncKeyword(def)) continue;
      const blocks = callsIn.get(def.id)!.some((call) => {
        const key = inference.libraryCallKey(call);
        if (key && isBlockingCall(key)) return true;
        const callee = inference.userFunctionOf(call.childForFieldName("function")!);
        return callee !== undefined && blocking.has(callee.id);
      });
      if (blocks) {
        blocking.add(def.id);
        changed = true;
      }
    }
  }
  return blocking;
}

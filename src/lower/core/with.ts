import type { SyntaxNode } from "../../parse/parser";
import { field, hasAsyncKeyword, namedChildren, optionalField } from "../../parse/nodes";
import { Msg } from "../../diagnostics/messages";
import { withoutNone } from "../../analysis/types";
import type { LowerContext } from "../context";
import { block, chain, expr, line, Prec, wrap, type Expr, type Stmt } from "../ir";
import type { RuleSet, WithItem } from "../registry";
import { assignTo, declaresHere } from "./assignments";

/**
 * `with` / `async with`. Library context managers have rules that give idiomatic output
 * (`try/finally` closing a session, releasing a lock); anything else follows Python's protocol
 * exactly: `__aenter__`, then `__aexit__` with the exception (a true result suppresses it) or with
 * `None`s when the body completes, returns or breaks.
 */
function withStatement(node: SyntaxNode, cx: LowerContext): Stmt[] {
  const isAsync = hasAsyncKeyword(node);
  if (isAsync && !cx.frame?.isAsync) cx.report(node, Msg.asyncWithOutsideAsync, { construct: "async with" });
  const clause = namedChildren(node).find((c) => c.type === "with_clause")!;
  const items = namedChildren(clause).filter((c) => c.type === "with_item");
  const body = namedChildren(node).find((c) => c.type === "block")!;
  const lowerItems = (i: number): Stmt[] => (i === items.length ? cx.block(body) : withItem(items[i]!, isAsync, lowerItems(i + 1), cx));
  return lowerItems(0);
}

/** A `with` item's context manager expression and its `as` target, when it has one. */
export function withItemParts(item: SyntaxNode): { managerNode: SyntaxNode; targetNode: SyntaxNode | undefined } {
  const value = field(item, "value");
  if (value.type !== "as_pattern") return { managerNode: value, targetNode: undefined };
  return { managerNode: namedChildren(value)[0]!, targetNode: namedChildren(optionalField(value, "alias")!)[0] };
}

function withItem(item: SyntaxNode, isAsync: boolean, body: Stmt[], cx: LowerContext): Stmt[] {
  const { managerNode, targetNode } = withItemParts(item);
  const t = withoutNone(cx.typeOf(managerNode));
  const rule = t.kind === "object" ? cx.registry.classes.get(t.name)?.with : undefined;
  if (rule && (!targetNode || targetNode.type === "identifier")) {
    const sym = targetNode ? cx.symbolOf(targetNode) : undefined;
    const target = targetNode && sym ? { name: sym.tsName, declare: declaresHere(sym, targetNode) ? (sym.isConst ? ("const" as const) : ("let" as const)) : undefined } : undefined;
    // Lowered on demand: a rule may drop the manager (a session that becomes plain fetch calls).
    let manager: Expr | undefined;
    const w: WithItem = {
      get manager() {
        return (manager ??= cx.expr(managerNode));
      },
      managerNode,
      target,
      isAsync,
    };
    return rule(w, body, cx);
  }
  return protocol(managerNode, targetNode, isAsync, body, cx);
}

function protocol(managerNode: SyntaxNode, targetNode: SyntaxNode | undefined, isAsync: boolean, body: Stmt[], cx: LowerContext): Stmt[] {
  const manager = cx.names.fresh("manager");
  const failed = cx.names.fresh("failed");
  const error = cx.names.fresh("error");
  const aw = isAsync ? "await " : "";
  // A manager whose type is only known at run time (`getattr(session, verb)(url)`) is called through the runtime.
  const t = cx.typeOf(managerNode);
  const dynamic = t.kind === "unknown" || t.kind === "any";
  const call = (method: string, args: string): string => (dynamic ? `${cx.helper("callMethod")}(${manager}, "${method}", [${args}])` : `${manager}.${method}(${args})`);
  const enter = expr(`${aw}${call(isAsync ? "__aenter__" : "__enter__", "")}`, isAsync ? Prec.Unary : Prec.Call);
  const exit = isAsync ? "__aexit__" : "__exit__";
  const out: Stmt[] = [line(`const ${manager} = ${cx.expr(managerNode).code};`)];
  out.push(...(targetNode ? assignTo(targetNode, enter, undefined, cx, false) : [line(`${enter.code};`)]));
  out.push(line(`let ${failed} = false;`));
  out.push(
    chain(
      { head: "try", body },
      {
        head: `catch (${error})`,
        body: [
          line(`${failed} = true;`),
          ...(maySuppress(managerNode, exit, cx)
            ? [block(`if (!${wrap(expr(`${aw}${call(exit, `...${cx.helper("excInfo")}(${error})`)}`, isAsync ? Prec.Unary : Prec.Call), Prec.Unary)})`, [line(`throw ${error};`)])]
            : [line(`${aw}${call(exit, `...${cx.helper("excInfo")}(${error})`)};`), line(`throw ${error};`)]),
        ],
      },
      { head: "finally", body: [block(`if (!${failed})`, [line(`${aw}${call(exit, "null, null, null")};`)])] },
    ),
  );
  return out;
}

/**
 * Can the manager's exit method return true? Not when the program's `__exit__` is declared or
 * inferred to return None, nor for library managers that never swallow exceptions (locks,
 * timeouts, sessions). Knowing it lets the output rethrow unconditionally, so TypeScript sees
 * that a `return` inside the block is the function's end.
 */
function maySuppress(managerNode: SyntaxNode, exit: string, cx: LowerContext): boolean {
  const t = withoutNone(cx.typeOf(managerNode));
  if (t.kind !== "object") return true;
  if (cx.analysis.userClass(t.name)) return cx.analysis.exitMaySuppress(t.name, exit === "__aexit__");
  const rule = cx.registry.classes.get(t.name);
  return rule ? rule.suppresses === true : true;
}

export const withRules: RuleSet = {
  statements: { with_statement: withStatement },
};

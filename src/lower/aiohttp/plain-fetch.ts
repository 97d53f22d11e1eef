import type { SyntaxNode, Tree } from "../../parse/parser";
import { field, forEachNode, hasAsyncKeyword, namedChildren, optionalField, unparen } from "../../parse/nodes";
import { withoutNone } from "../../analysis/types";
import type { PySymbol } from "../../analysis/scope";
import type { LowerContext } from "../context";
import { declaresHere } from "../core/assignments";
import { withItemParts } from "../core/with";

/**
 * A session that stays inside one `async with` block and only sends plain GETs whose responses are
 * read for their status becomes plain `fetch` calls, with no session left. Only where fetch behaves
 * as aiohttp would:
 * - nothing can catch a failed request (the module has no `except`): fetch fails with a TypeError
 *   where aiohttp raises ClientConnectorError, and both end the program with status 1;
 * - nothing can cancel or time out the awaits (no tasks, timeouts or cancellation in the module):
 *   the runtime cannot interrupt a bare fetch as it interrupts its session's requests;
 * - no other module can call into it (a single-file translation);
 * - the session has no options (defaults, limits and cookies are the session helper's job).
 * Everything else keeps the typed session helper.
 */

/** Names through which asyncio code cancels or times out an await. */
const CANCELLING = new Set(["create_task", "ensure_future", "gather", "wait_for", "wait", "timeout", "timeout_at", "TaskGroup", "shield", "as_completed", "cancel", "current_task", "all_tasks", "run_coroutine_threadsafe"]);

const quietModules = new WeakMap<Tree, boolean>();
const plainSessions = new WeakMap<PySymbol, boolean>();

/** The module can neither catch a request's failure nor cancel an await. */
function quietModule(node: SyntaxNode, cx: LowerContext): boolean {
  if (cx.options.links) return false;
  const known = quietModules.get(node.tree);
  if (known !== undefined) return known;
  let quiet = true;
  forEachNode(node.tree.rootNode, (n) => {
    if (!quiet) return false;
    if (n.type === "except_clause" || n.type === "except_group_clause" || (n.type === "identifier" && CANCELLING.has(n.text))) quiet = false;
    return quiet;
  });
  quietModules.set(node.tree, quiet);
  return quiet;
}

/** The identifier bound by `with ... as name`, and its with item. */
function withTarget(sym: PySymbol): { item: SyntaxNode; target: SyntaxNode } | undefined {
  if (sym.bindings.length !== 1 || sym.bindings[0]!.kind !== "with") return undefined;
  const target = sym.bindings[0]!.node;
  let item: SyntaxNode | null = target;
  while (item && item.type !== "with_item") item = item.parent;
  if (!item || target.type !== "identifier" || !declaresHere(sym, target)) return undefined;
  return { item, target };
}

const isObjectType = (node: SyntaxNode, name: string, cx: LowerContext): boolean => {
  const t = withoutNone(cx.typeOf(node));
  return t.kind === "object" && t.name === name;
};

/** A response read only for its status. */
function statusOnly(sym: PySymbol): boolean {
  return sym.references.every((ref) => {
    const parent = ref.parent;
    return parent?.type === "attribute" && optionalField(parent, "object")?.id === ref.id && optionalField(parent, "attribute")?.text === "status" && parent.parent?.type !== "assignment";
  });
}

/** `async with session.get(url) as resp:` with one positional argument, `resp` read only for its status. */
function plainGet(ref: SyntaxNode, cx: LowerContext): boolean {
  const attribute = ref.parent;
  const call = attribute?.parent;
  if (attribute?.type !== "attribute" || optionalField(attribute, "attribute")?.text !== "get" || call?.type !== "call") return false;
  const args = namedChildren(field(call, "arguments"));
  if (args.length !== 1 || ["keyword_argument", "list_splat", "dictionary_splat"].includes(args[0]!.type)) return false;
  let value: SyntaxNode | null = call;
  while (value?.parent && (value.parent.type === "parenthesized_expression" || value.parent.type === "as_pattern")) value = value.parent;
  const item = value?.parent;
  if (item?.type !== "with_item" || !hasAsyncKeyword(item.parent!.parent!) || unparen(withItemParts(item).managerNode).id !== call.id) return false;
  const alias = value!.type === "as_pattern" ? namedChildren(optionalField(value!, "alias")!)[0] : undefined;
  const response = alias?.type === "identifier" ? cx.symbolOf(alias) : undefined;
  return response !== undefined && withTarget(response)?.item.id === item.id && statusOnly(response);
}

/** Is this the variable of a session that becomes plain `fetch` calls? */
export function isPlainSession(sym: PySymbol | undefined, cx: LowerContext): boolean {
  if (!sym) return false;
  const known = plainSessions.get(sym);
  if (known !== undefined) return known;
  const bound = withTarget(sym);
  const manager = bound && withItemParts(bound.item).managerNode;
  const plain =
    bound !== undefined &&
    quietModule(bound.item, cx) &&
    manager!.type === "call" &&
    isObjectType(manager!, "aiohttp.ClientSession", cx) &&
    namedChildren(field(manager!, "arguments")).length === 0 &&
    sym.references.length > 0 &&
    sym.references.every((ref) => plainGet(ref, cx));
  plainSessions.set(sym, plain);
  return plain;
}

/** The session variable behind `session.get(url)`, when the receiver is a plain name. */
export function sessionOfRequest(manager: SyntaxNode, cx: LowerContext): PySymbol | undefined {
  const call = unparen(manager);
  if (call.type !== "call") return undefined;
  const fn = field(call, "function");
  const object = fn.type === "attribute" ? optionalField(fn, "object") : null;
  return object?.type === "identifier" ? cx.symbolOf(object) : undefined;
}

/** The variable `with manager as name` binds. */
export function boundBy(manager: SyntaxNode, cx: LowerContext): PySymbol | undefined {
  let value: SyntaxNode = manager;
  while (value.parent?.type === "parenthesized_expression") value = value.parent;
  const alias = value.parent?.type === "as_pattern" ? optionalField(value.parent, "alias") : null;
  const target = alias ? namedChildren(alias)[0] : undefined;
  return target?.type === "identifier" ? cx.symbolOf(target) : undefined;
}

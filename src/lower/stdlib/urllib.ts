import { needsPrintShape, printShape } from "../../analysis/types";
import type { RuleSet } from "../registry";
import { arg, argNode, helperCall, methodCall, receiver, runtimeMethod as method, viaHelper } from "../rule-kit";
import { jsString } from "../core/string-literals";

/** `urllib.parse` over the runtime's port of CPython's (`src/runtime/urllib.ts`). */
const QUOTE_SIG = "(string: str | bytes, safe: str | bytes = ..., encoding: str | None = ..., errors: str | None = ...) -> str";
const UNQUOTE_SIG = "(string: str | bytes, encoding: str = ..., errors: str = ...) -> str";
const str = { type: "str" };
const optionalStr = { type: "str | None" };

export const urllibRules: RuleSet = {
  modules: ["urllib", "urllib.parse"],
  calls: {
    "urllib.parse.urljoin": viaHelper("(base: str, url: str, allow_fragments: bool = ...) -> str", "urljoin", ["base", "url", "allow_fragments"]),
    "urllib.parse.urlparse": viaHelper("(urlstring: str, scheme: str = ..., allow_fragments: bool = ...) -> urllib.parse.ParseResult", "urlparse", ["urlstring", "scheme", "allow_fragments"]),
    "urllib.parse.urlunparse": viaHelper("(components: Iterable[str], /) -> str", "urlunparse", ["components"]),
    "urllib.parse.quote": viaHelper(QUOTE_SIG, "quote", ["string", "safe", "encoding", "errors"]),
    "urllib.parse.quote_plus": viaHelper(QUOTE_SIG, "quotePlus", ["string", "safe", "encoding", "errors"]),
    "urllib.parse.unquote": viaHelper(UNQUOTE_SIG, "unquote", ["string", "encoding", "errors"]),
    "urllib.parse.unquote_plus": viaHelper("(string: str, encoding: str = ..., errors: str = ...) -> str", "unquotePlus", ["string", "encoding", "errors"]),
    "urllib.parse.urlencode": {
      sig: "(query: object, doseq: bool = ..., safe: str = ..., encoding: str | None = ..., errors: str | None = ...) -> str",
      lower(call, cx) {
        // `str(value)` inside urlencode prints floats and tuples as Python does: pass the query's static shape.
        const query = argNode(call, "query")!;
        const t = cx.typeOf(query);
        const shape = needsPrintShape(t) ? JSON.stringify(printShape(t)) : undefined;
        return helperCall(cx, "urlencode", [cx.expr(query), ...["doseq", "safe", "encoding", "errors"].map((p) => arg(call, p, cx)), shape]);
      },
    },
    "urllib.parse.ParseResult.geturl": method("geturl", "() -> str"),
    "urllib.parse.ParseResult.__iter__": { sig: "() -> Iterator[str]", lower: (call, cx) => helperCall(cx, "iter", [receiver(call, cx)]) },
    "urllib.parse.ParseResult.__getitem__": { sig: "(key: int, /) -> str", lower: (call, cx) => methodCall(receiver(call, cx), "__getitem__", [arg(call, "key", cx)]) },
    "urllib.parse.ParseResult._replace": {
      sig: "(**changes: str) -> urllib.parse.ParseResult",
      lower: (call, cx) => methodCall(receiver(call, cx), "_replace", [`new Map<string, string>([${[...call.extraKeywords].map(([k, v]) => `[${jsString(k)}, ${cx.expr(v).code}]`).join(", ")}])`]),
    },
  },
  attrs: {
    "urllib.parse.ParseResult.scheme": str,
    "urllib.parse.ParseResult.netloc": str,
    "urllib.parse.ParseResult.path": str,
    "urllib.parse.ParseResult.params": str,
    "urllib.parse.ParseResult.query": str,
    "urllib.parse.ParseResult.fragment": str,
    "urllib.parse.ParseResult.hostname": optionalStr,
    "urllib.parse.ParseResult.username": optionalStr,
    "urllib.parse.ParseResult.password": optionalStr,
    "urllib.parse.ParseResult.port": { type: "int | None" },
  },
  classes: {
    "urllib.parse.ParseResult": { runtime: "ParseResult", tsType: (_a, cx) => cx.helper("ParseResult") },
  },
};

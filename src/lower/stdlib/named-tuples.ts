import { T } from "../../analysis/types";
import type { RuleSet } from "../registry";
import { arg, methodCall, receiver } from "../rule-kit";
import { jsString } from "../core/string-literals";

/**
 * Named tuples: `typing.NamedTuple` classes and `collections.namedtuple(...)` assigned to a name are
 * classes of the program (see the class rules), extending the runtime's `NamedTuple`; these are the
 * members they inherit from it.
 */
export const namedTupleRules: RuleSet = {
  calls: {
    // `Point = namedtuple("Point", "x y")` is lowered as a class declaration by the assignment rules.
    "collections.namedtuple": {
      sig: "(typename: str, field_names: object, *, rename: bool = ..., defaults: object = ..., module: object = ...) -> object",
      lower: (call, cx) => cx.unsupported(call.node, "collections.namedtuple() other than assigned to a name, with its type name and field names written out"),
    },
    "typing.NamedTuple._replace": {
      sig: "(**changes: object) -> unknown",
      returns: (a) => a.receiver ?? T.unknown,
      lower: (call, cx) => methodCall(receiver(call, cx), "_replace", [`new Map<string, unknown>([${[...call.extraKeywords].map(([k, v]) => `[${jsString(k)}, ${cx.expr(v).code}]`).join(", ")}])`]),
    },
    "typing.NamedTuple._asdict": { sig: "() -> dict[str, unknown]", lower: (call, cx) => methodCall(receiver(call, cx), "_asdict", []) },
    "typing.NamedTuple._make": {
      sig: "(iterable: object, /) -> unknown",
      returns: (a) => (a.receiver?.kind === "class" ? T.object(a.receiver.name) : T.unknown),
      lower: (call, cx) => methodCall(receiver(call, cx), "_make", [arg(call, "iterable", cx)]),
    },
  },
  attrs: {
    "typing.NamedTuple._fields": { type: "tuple[str, ...]" },
  },
  classes: {
    "typing.NamedTuple": {},
  },
};

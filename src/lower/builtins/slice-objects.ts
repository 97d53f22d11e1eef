import type { RuleSet } from "../registry";
import { runtimeMethod as method, viaHelper } from "../rule-kit";

const bound = { type: "int | None" };

/** `slice(…)` objects, made by the runtime's `makeSlice`; subscripting with one is in core/subscripts.ts. */
export const sliceObjectRules: RuleSet = {
  calls: {
    slice: viaHelper("(start: int | None, stop: int | None = ..., step: int | None = ..., /) -> slice", "makeSlice", ["start", "stop", "step"]),
    "slice.indices": method("indices", "(length: int, /) -> tuple[int, int, int]", ["length"]),
  },
  attrs: { "slice.start": bound, "slice.stop": bound, "slice.step": bound },
  classes: { slice: { tsType: (_a, cx) => cx.helper("PySlice") } },
};

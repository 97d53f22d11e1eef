import type { ImportGraph } from "./plan";
import type { ModuleSummary } from "./summary";
import type { MemberResult, UnitModule, UnitOptions } from "./unit";

/** Messages between the batch's main thread and its worker threads (structured-cloned). */
export interface WorkerInit {
  readonly modules: readonly UnitModule[];
  readonly graph: ImportGraph;
  readonly options: UnitOptions;
}

export interface UnitRequest {
  readonly kind: "unit";
  readonly unit: number;
  readonly members: readonly { readonly id: number; readonly file: string }[];
  /** Module ids whose summaries the unit may see. */
  readonly visible: readonly number[];
  /** Summaries this worker has not been sent before. */
  readonly summaries: readonly (readonly [number, ModuleSummary])[];
}

/** Summaries no unit still to come can need: the worker drops them. */
export interface ForgetRequest {
  readonly kind: "forget";
  readonly ids: readonly number[];
}

export interface UnitReply {
  readonly kind: "done";
  readonly unit: number;
  readonly results: readonly (readonly [number, MemberResult & { readonly lines: number }])[];
  readonly summaries: readonly (readonly [number, ModuleSummary])[];
}

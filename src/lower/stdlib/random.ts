import type { BoundCall } from "../bind-args";
import type { LowerContext } from "../context";
import { expr, Prec, type Expr } from "../ir";
import type { CallRule, ClassRule, RuleSet } from "../registry";
import { arg, methodCall, receiver } from "../rule-kit";

/**
 * `random` over the runtime's port of CPython's generator (`src/runtime/random.ts`): the module
 * functions are methods of one shared `defaultRandom`, as in CPython (`random.randint` is
 * `_inst.randint`), and `random.Random(seed)` makes an independent generator.
 */

/** Arguments in the runtime method's order; `choices` takes its keyword-only ones as an options object. */
type ArgList = (call: BoundCall, cx: LowerContext) => (Expr | string | undefined)[];

const positional =
  (...params: string[]): ArgList =>
  (call, cx) =>
    params.map((p) => arg(call, p, cx));

const choicesArgs: ArgList = (call, cx) => {
  const options = [["cum_weights", "cumWeights"], ["k", "k"]].flatMap(([py, ts]) => {
    const a = arg(call, py!, cx);
    return a ? [`${ts}: ${a.code}`] : [];
  });
  return [arg(call, "population", cx), arg(call, "weights", cx) ?? (options.length ? "null" : undefined), options.length ? `{ ${options.join(", ")} }` : undefined];
};

/** Python method name → [signature, arguments]; the runtime method has the same name. */
const METHODS: Record<string, [string, ArgList]> = {
  seed: ["(a: object = ...) -> None", positional("a")],
  random: ["() -> float", positional()],
  getrandbits: ["(k: int, /) -> int", positional("k")],
  randbytes: ["(n: int, /) -> bytes", positional("n")],
  randrange: ["(start: int, stop: int | None = ..., step: int = ...) -> int", positional("start", "stop", "step")],
  randint: ["(a: int, b: int) -> int", positional("a", "b")],
  choice: ["(seq: Iterable[T]) -> T", positional("seq")],
  shuffle: ["(x: list[T]) -> None", positional("x")],
  sample: ["(population: Iterable[T], k: int, *, counts: Iterable[int] | None = ...) -> list[T]", positional("population", "k", "counts")],
  choices: ["(population: Iterable[T], weights: Iterable[float] | None = ..., *, cum_weights: list[float] | None = ..., k: int = ...) -> list[T]", choicesArgs],
  uniform: ["(a: float, b: float) -> float", positional("a", "b")],
  triangular: ["(low: float = ..., high: float = ..., mode: float | None = ...) -> float", positional("low", "high", "mode")],
  gauss: ["(mu: float = ..., sigma: float = ...) -> float", positional("mu", "sigma")],
  normalvariate: ["(mu: float = ..., sigma: float = ...) -> float", positional("mu", "sigma")],
  lognormvariate: ["(mu: float, sigma: float) -> float", positional("mu", "sigma")],
  expovariate: ["(lambd: float) -> float", positional("lambd")],
  vonmisesvariate: ["(mu: float, kappa: float) -> float", positional("mu", "kappa")],
  gammavariate: ["(alpha: float, beta: float) -> float", positional("alpha", "beta")],
  betavariate: ["(alpha: float, beta: float) -> float", positional("alpha", "beta")],
  paretovariate: ["(alpha: float) -> float", positional("alpha")],
  weibullvariate: ["(alpha: float, beta: float) -> float", positional("alpha", "beta")],
  getstate: ["() -> tuple[int, tuple[int, ...], float | None]", positional()],
  setstate: ["(state: tuple[int, tuple[int, ...], float | None], /) -> None", positional("state")],
};

const rule = (name: string, sig: string, args: ArgList, on: (call: BoundCall, cx: LowerContext) => Expr): CallRule => ({
  sig,
  lower: (call, cx) => methodCall(on(call, cx), name, args(call, cx)),
});

const moduleFunctions = Object.entries(METHODS).map(([name, [sig, args]]) => [`random.${name}`, rule(name, sig, args, (_c, cx) => expr(cx.helper("defaultRandom")))]);
const methods = Object.entries(METHODS).map(([name, [sig, args]]) => [`random.Random.${name}`, rule(name, sig, args, receiver)]);

const constructor = (runtime: string): CallRule => ({
  sig: "(x: object = ...) -> None",
  lower: (call, cx) => expr(`new ${cx.helper(runtime)}(${arg(call, "x", cx)?.code ?? ""})`, Prec.Call),
});

const runtimeClass = (runtime: string, bases?: string[]): ClassRule => ({ runtime, tsType: (_a, cx) => cx.helper(runtime), ...(bases ? { bases } : {}) });

export const randomRules: RuleSet = {
  modules: ["random"],
  calls: {
    ...Object.fromEntries(moduleFunctions),
    ...Object.fromEntries(methods),
    "random.Random": constructor("Random"),
    "random.SystemRandom": constructor("SystemRandom"),
  },
  classes: {
    "random.Random": runtimeClass("Random"),
    "random.SystemRandom": runtimeClass("SystemRandom", ["random.Random"]),
  },
};

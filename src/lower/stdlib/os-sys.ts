import type { CallRule, RuleSet } from "../registry";
import { expr, Prec } from "../ir";
import { arg, helperCall } from "../rule-kit";

/** `os.environ.get("X", d)` → `process.env.X ?? d`: an unset variable is `undefined` in Node, a missing key in Python. */
const environGet: CallRule = {
  sig: "(key: str, default: D = ..., /) -> str | D",
  returns: (a) => (a.positional[1] && a.positional[1].kind === "str" ? a.positional[1] : { kind: "union", types: [{ kind: "str" }, a.positional[1] ?? { kind: "none" }] }),
  lower: (call, cx) => expr(`process.env[${arg(call, "key", cx)!.code}] ?? ${arg(call, "default", cx)?.code ?? "null"}`, Prec.Or),
};

export const osSysRules: RuleSet = {
  modules: ["os", "sys", "os.path"],
  calls: {
    "os._Environ.get": environGet,
    "os.getenv": { ...environGet, sig: "(key: str, default: D = ..., /) -> str | D" },
    "os._Environ.__getitem__": {
      sig: "(key: str, /) -> str",
      lower: (call, cx) => helperCall(cx, "environItem", [arg(call, "key", cx)]),
    },
    "os.getpid": { sig: "() -> int", lower: () => expr("process.pid", Prec.Call) },
    "os.kill": { sig: "(pid: int, signal: int | signal.Signals, /) -> None", lower: (call, cx) => helperCall(cx, "osKill", [arg(call, "pid", cx), arg(call, "signal", cx)]) },
    "sys.exit": {
      sig: "(status: object = ..., /) -> None",
      lower: (call, cx) => expr(`${cx.helper("exit")}(${arg(call, "status", cx)?.code ?? ""})`, Prec.Call),
    },
  },
  attrs: {
    "os.environ": { type: "os._Environ", lower: () => expr("process.env") },
    "sys.argv": { type: "list[str]", lower: () => expr("process.argv.slice(1)", Prec.Call) },
    "sys.stdout": { type: "sys.TextIO", lower: () => expr("process.stdout", Prec.Call) },
    "sys.stderr": { type: "sys.TextIO", lower: () => expr("process.stderr", Prec.Call) },
  },
  classes: {
    "os._Environ": { tsType: () => "NodeJS.ProcessEnv" },
    "sys.TextIO": {},
  },
};

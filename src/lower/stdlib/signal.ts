import { expr, Prec } from "../ir";
import type { AttrRule, ClassRule, RuleSet } from "../registry";
import { arg, helperCall, viaHelper } from "../rule-kit";

/**
 * `signal` over the runtime's port (`src/runtime/signal.ts`): the constants are members of the
 * `Signals` IntEnum (they print as their number, `repr` gives `<Signals.SIGTERM: 15>`), handlers
 * are Node process signal listeners. `loop.add_signal_handler` lives with the asyncio rules.
 */
const SIGNALS = [
  "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS", "SIGFPE", "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM",
  "SIGCHLD", "SIGCONT", "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG", "SIGXCPU", "SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGWINCH", "SIGIO", "SIGSYS",
];

const member = (cls: string, type: string, name: string): AttrRule => ({ type, lower: (_o, _n, cx) => expr(`${cx.helper(cls)}.${name}`, Prec.Call) });

const intEnum = (runtime: string): ClassRule => ({ runtime, bases: ["enum.IntEnum"], tsType: (_a, cx) => cx.helper(runtime) });

export const signalRules: RuleSet = {
  modules: ["signal"],
  calls: {
    "signal.signal": viaHelper("(signalnum: int | signal.Signals, handler: object, /) -> object", "signalHandler", ["signalnum", "handler"]),
    "signal.getsignal": viaHelper("(signalnum: int | signal.Signals, /) -> object", "getsignal", ["signalnum"]),
    "signal.strsignal": viaHelper("(signalnum: int | signal.Signals, /) -> str | None", "strsignal", ["signalnum"]),
    "signal.raise_signal": viaHelper("(signalnum: int | signal.Signals, /) -> None", "raiseSignal", ["signalnum"]),
    "signal.Signals": { sig: "(value: int, /) -> signal.Signals", lower: (call, cx) => helperCall(cx, "enumByValue", [cx.helper("Signals"), arg(call, "value", cx)]) },
  },
  attrs: {
    ...Object.fromEntries(SIGNALS.map((name) => [`signal.${name}`, member("Signals", "signal.Signals", name)])),
    "signal.SIG_DFL": member("Handlers", "signal.Handlers", "SIG_DFL"),
    "signal.SIG_IGN": member("Handlers", "signal.Handlers", "SIG_IGN"),
  },
  values: {
    "signal.default_int_handler": (_n, cx) => expr(cx.helper("defaultIntHandler")),
  },
  classes: {
    "signal.Signals": intEnum("Signals"),
    "signal.Handlers": intEnum("Handlers"),
  },
};

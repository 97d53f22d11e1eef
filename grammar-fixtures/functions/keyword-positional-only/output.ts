import { bindCall, join, max, min, print, repr, str } from "py2ts-async/runtime";

// Keyword-only and positional-only parameters, defaults, *args/**kwargs, and call-site unpacking.

function connect(host: unknown, port: number = 80, timeout: number = 5.0, retries: number = 3, secure: boolean = false): string {
  const scheme = secure ? "https" : "http";
  return `${scheme}://${str(host)}:${port} timeout=${str(timeout, "f")} retries=${retries}`;
}

function log(level: unknown, messages: (string | number)[] = [], sep: string = " ", fields: Map<string, unknown> = new Map()): string {
  const extra = join(" ", [...fields.entries()].map(([k, v]) => `${k}=${repr(v)}`));
  return `[${str(level)}] ${join(sep, messages.map((m) => str(m, "?")))}` + (extra !== "" ? ` ${extra}` : "");
}

function clamp(value: number, low: number = 0, high: number = 10): number {
  return max([low, min([high, value])]);
}

function build(name: string, tags: [] | string[] = [], extra: Map<string, unknown> = new Map()): Map<string, unknown> {
  return new Map([["name", name], ["tags", [...tags]], ...extra]);
}

console.log(connect("example.org"));
console.log(connect("example.org", 8080, 1.5));
console.log(connect("localhost", undefined, undefined, 0, true));
console.log(log("INFO", ["started", 3, 4.5]));
console.log(log("WARN", ["a", "b"], "|", new Map<string, unknown>([["user", "ada"], ["attempt", 2]])));
console.log(log("DEBUG"));
print([clamp(15), clamp(-3), clamp(5, undefined, 4), clamp(5, 6, 8), clamp(3.5, 1.0)]);
print([build("x"), build("y", ["a", "b"], new Map<string, unknown>([["owner", "z"], ["size", 1.5]]))]);
const opts: Map<string, number> = new Map([["timeout", 0.5], ["retries", 1]]);
console.log(`${connect(...bindCall<[unknown, number | undefined, number | undefined, number | undefined, boolean | undefined]>("connect", ["/host","/port?","$timeout?","$retries?","$secure?"], ["h", 1], null, opts))} ${connect(...bindCall<[unknown, number | undefined, number | undefined, number | undefined, boolean | undefined]>("connect", ["/host","/port?","$timeout?","$retries?","$secure?"], [...["h2", 2]], null, opts))}`);
const parts: string[] = ["ERROR", "disk", "full"];
console.log(`${log(...bindCall<[unknown, (string | number)[], string | undefined, Map<string, unknown>]>("log", ["level","*messages","$sep?","**fields"], [...parts], new Map<string, unknown>([["code", 28]])))} ${log(...bindCall<[unknown, (string | number)[], string | undefined, Map<string, unknown>]>("log", ["level","*messages","$sep?","**fields"], [...parts], null, new Map([["sep", ", "]])))}`);

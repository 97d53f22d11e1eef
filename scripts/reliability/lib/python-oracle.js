"use strict";
// CPython as an oracle for syntax: does `compile()` accept the input? The translator follows Python
// 3.11, so an input it translates without errors should compile, and an input it rejects as invalid
// syntax (PY2TS1001/1002) should not. One long-lived python3 process answers line-delimited queries.
const fs = require("node:fs");
const { spawn } = require("node:child_process");

const PYTHON = ["/usr/bin/python3", "python3"];

const SERVER = `
import sys, json, base64, warnings
warnings.simplefilter("ignore")
sys.setrecursionlimit(10000)
for line in sys.stdin:
    source = base64.b64decode(line)
    try:
        compile(source, "<input>", "exec", dont_inherit=True)
        answer = {"ok": True}
    except SyntaxError as e:
        answer = {"ok": False, "message": f"{type(e).__name__}: {e.msg}", "line": e.lineno}
    except (ValueError, RecursionError, MemoryError, OverflowError) as e:
        answer = {"ok": None, "message": f"{type(e).__name__}: {e}"}
    sys.stdout.write(json.dumps(answer) + "\\n")
    sys.stdout.flush()
`;

class PythonOracle {
  /** @returns {PythonOracle | undefined} undefined when there is no python3 */
  static start() {
    const exe = PYTHON.find((p) => p.includes("/") ? fs.existsSync(p) : true);
    if (!exe) return undefined;
    try {
      return new PythonOracle(exe);
    } catch {
      return undefined;
    }
  }

  constructor(exe) {
    this.child = spawn(exe, ["-c", SERVER], { stdio: ["pipe", "pipe", "ignore"] });
    this.pending = [];
    this.buffer = "";
    this.dead = false;
    this.child.on("error", () => this.fail());
    this.child.on("exit", () => this.fail());
    this.child.stdout.setEncoding("utf8").on("data", (chunk) => {
      this.buffer += chunk;
      let nl;
      while ((nl = this.buffer.indexOf("\n")) !== -1) {
        const line = this.buffer.slice(0, nl);
        this.buffer = this.buffer.slice(nl + 1);
        const next = this.pending.shift();
        if (next) next(JSON.parse(line));
      }
    });
    this.version = undefined;
  }

  fail() {
    this.dead = true;
    for (const resolve of this.pending.splice(0)) resolve({ ok: null, message: "python3 is not running" });
  }

  /**
   * @param {Uint8Array} bytes
   * @returns {Promise<{ ok: boolean | null, message?: string, line?: number }>} ok null: no answer
   */
  compile(bytes) {
    if (this.dead) return Promise.resolve({ ok: null, message: "python3 is not running" });
    return new Promise((resolve) => {
      this.pending.push(resolve);
      this.child.stdin.write(`${Buffer.from(bytes).toString("base64")}\n`);
    });
  }

  close() {
    this.child.stdin.end();
    this.child.kill();
  }
}

const SYNTAX_CODES = /^PY2TS100[12]\b/;

/**
 * Compares the translator's verdict with CPython's: "accepts-invalid" (translated without errors,
 * CPython raises SyntaxError) or "rejects-valid" (the translator reports invalid syntax, CPython
 * compiles it); undefined when they agree or one has no verdict.
 */
function disagreement(result, python) {
  if (python.ok === null || python.ok === undefined) return undefined;
  if (result.status === "ok" && python.ok === false) return { kind: "accepts-invalid", key: `accepts-invalid: ${String(python.message).replace(/\b\d+\b/g, "N")}` };
  if (result.status === "diagnostics" && python.ok === true && SYNTAX_CODES.test(result.firstError || "")) {
    return { kind: "rejects-valid", key: `rejects-valid: ${String(result.firstError).replace(/'[^']*'/g, "'…'").replace(/\b\d+\b/g, "N")}` };
  }
  return undefined;
}

module.exports = { PythonOracle, disagreement };

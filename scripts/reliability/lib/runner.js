"use strict";
// A pool of workers running transpile() with a per-input watchdog. An input that takes longer than
// `timeoutMs` is a hang: its worker is killed and replaced, and the next inputs go on.
//
// Workers are child processes by default. Worker threads (isolation "thread") are lighter, but
// terminating a thread while it is inside transpile() aborts the WHOLE process: tree-sitter's Node
// binding throws a C++ Napi::Error while the thread is being torn down ("terminate called after
// throwing an instance of 'Napi::Error'"). A child process can be killed safely, a native crash
// (abort, segfault) of the translator is reported as a crash instead of ending the run, and its main
// thread has the same stack size as the CLI's.
const path = require("node:path");
const { fork } = require("node:child_process");
const { Worker } = require("node:worker_threads");

const WORKER = path.join(__dirname, "worker.js");

/**
 * For isolation "thread": the CLI runs transpile() on Node's main thread, whose stack is about 1 MB
 * (V8's --stack-size=984 KB); a worker thread's default is 4 MB. This value gives a worker thread
 * about the same recursion depth as the main thread, so that a stack overflow the CLI would hit is
 * not hidden by a roomier worker.
 */
const MAIN_THREAD_LIKE_STACK_MB = 1.17;

class Runner {
  /**
   * timeoutMs: the limit for one input. With `limitBy: "cpu"` (the default) it applies to the CPU time
   * the translation used, so that a busy machine does not turn slow inputs into hangs; the watchdog
   * then kills a worker only after `wallFactor` (3) times the limit of wall-clock time. With
   * `limitBy: "wall"` the watchdog kills at the limit itself.
   * @param {{ dist: string, jobs?: number, timeoutMs: number, limitBy?: "cpu" | "wall", wallFactor?: number, isolation?: "process" | "thread", stackSizeMb?: number }} options
   */
  constructor(options) {
    this.dist = options.dist;
    this.timeoutMs = options.timeoutMs;
    this.limitBy = options.limitBy ?? "cpu";
    this.wallFactor = options.wallFactor ?? 3;
    this.isolation = options.isolation ?? "process";
    this.stackSizeMb = options.stackSizeMb ?? MAIN_THREAD_LIKE_STACK_MB;
    this.queue = [];
    this.nextId = 1;
    this.closed = false;
    this.replaced = 0;
    /** The largest resident set any worker process reported, in KiB (thread workers share ours). */
    this.workerMaxRssKb = 0;
    this.slots = Array.from({ length: Math.max(1, options.jobs ?? 1) }, () => this.spawn());
  }

  /**
   * Translates one input (bytes, decoded like the CLI) and resolves with its classification:
   * ok | diagnostics | internal | crash | unparseable | hang | harness-error (never rejects).
   * @param {Uint8Array} bytes
   * @param {{ checkTs?: boolean, keepCode?: boolean, options?: object, timeoutMs?: number }} [how]
   */
  run(bytes, how = {}) {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, bytes, how, resolve });
      this.pump();
    });
  }

  /** The peak resident set size of this process and of its worker processes, in MiB. */
  peakRssMb() {
    return Math.round(Math.max(process.resourceUsage().maxRSS, this.workerMaxRssKb) / 1024);
  }

  async close() {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.kill()));
  }

  spawn() {
    const slot = { ready: false, dead: false, job: undefined, timer: undefined, stderrTail: "", kill: undefined, post: undefined };
    const onMessage = (message) => {
      if (message.ready) {
        slot.ready = true;
        this.pump();
        return;
      }
      const job = slot.job;
      if (!job || job.id !== message.id) return;
      clearTimeout(slot.timer);
      slot.job = undefined;
      if (message.result.maxRssKb > this.workerMaxRssKb) this.workerMaxRssKb = message.result.maxRssKb;
      const limit = job.how.timeoutMs ?? this.timeoutMs;
      if (this.limitBy === "cpu" && message.result.cpuMs > limit) {
        // Finished, but used more CPU time than allowed: as much a hang as one the watchdog stops.
        job.resolve({ ...message.result, status: "hang", message: `${message.result.cpuMs} ms of CPU time (limit ${limit} ms)`, firstStatus: message.result.status });
      } else job.resolve(message.result);
      this.pump();
    };
    const died = (reason) => {
      if (slot.dead) return;
      const job = slot.job;
      clearTimeout(slot.timer);
      slot.job = undefined;
      const tail = slot.stderrTail.trim().split("\n").slice(-3).join(" | ");
      if (job) job.resolve({ status: "crash", message: `the worker died: ${reason}${tail ? ` (stderr: ${tail})` : ""}`, stack: "", ms: 0 });
      if (!this.closed) this.replace(slot);
    };
    const keepTail = (chunk) => {
      slot.stderrTail = (slot.stderrTail + chunk.toString("utf8")).slice(-2000);
    };
    if (this.isolation === "thread") {
      const worker = new Worker(WORKER, { workerData: { dist: this.dist }, resourceLimits: { stackSizeMb: this.stackSizeMb }, stdout: true, stderr: true });
      worker.stdout.resume(); // the translator should not print; keep anything it prints out of the report
      worker.stderr.on("data", keepTail);
      worker.on("message", onMessage);
      worker.on("error", (error) => died(error && error.stack ? error.stack.split("\n").slice(0, 3).join(" | ") : String(error)));
      worker.on("exit", (code) => died(`exit code ${code}`));
      slot.post = (m) => worker.postMessage(m);
      slot.kill = () => terminateThread(worker);
    } else {
      const child = fork(WORKER, [], {
        env: { ...process.env, PY2TS_RELIABILITY_WORKER: JSON.stringify({ dist: this.dist }) },
        serialization: "advanced",
        stdio: ["ignore", "ignore", "pipe", "ipc"],
        execArgv: [],
      });
      child.stderr.on("data", keepTail);
      child.on("message", onMessage);
      child.on("error", (error) => died(String(error)));
      child.on("exit", (code, signal) => died(signal ? `signal ${signal}` : `exit code ${code}`));
      slot.post = (m) => child.send(m);
      slot.kill = () => killChild(child);
    }
    return slot;
  }

  replace(slot) {
    slot.dead = true;
    this.replaced++;
    const index = this.slots.indexOf(slot);
    const fresh = this.spawn();
    if (index !== -1) this.slots[index] = fresh;
    slot.kill();
  }

  pump() {
    for (const slot of this.slots) {
      if (!slot.ready || slot.dead || slot.job || this.queue.length === 0) continue;
      const job = this.queue.shift();
      slot.job = job;
      const timeoutMs = job.how.timeoutMs ?? this.timeoutMs;
      const wallMs = this.limitBy === "cpu" ? timeoutMs * this.wallFactor : timeoutMs;
      slot.timer = setTimeout(() => {
        if (slot.job !== job) return;
        slot.job = undefined;
        job.resolve({ status: "hang", message: `no result after ${wallMs} ms`, ms: wallMs });
        this.replace(slot);
        this.pump();
      }, wallMs);
      slot.post({ id: job.id, bytes: job.bytes, checkTs: !!job.how.checkTs, keepCode: !!job.how.keepCode, options: job.how.options || {} });
    }
  }
}

function killChild(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });
}

/** Terminates a worker thread without waiting forever for one stuck in native code. */
function terminateThread(worker) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      worker.unref();
      resolve();
    }, 2000);
    worker.terminate().then(
      () => {
        clearTimeout(timer);
        resolve();
      },
      () => {
        clearTimeout(timer);
        resolve();
      },
    );
  });
}

/** One short line naming the first two frames of the translator's own code in a stack (thrower ← caller). */
function topFrame(stack) {
  if (!stack) return "";
  const own = stack.split("\n").filter((l) => /[/\\](src|dist)[/\\]/.test(l) && !l.includes("node_modules"));
  return own
    .slice(0, 2)
    .map((l) => l.trim().replace(/^at /, "").split(path.dirname(path.dirname(path.dirname(__dirname))) + path.sep).join(""))
    .join(" <- ");
}

const FAILURES = new Set(["internal", "crash", "hang", "unparseable", "harness-error"]);

/** Is this outcome a translator bug (or a harness bug)? */
const isFailure = (result) => FAILURES.has(result.status);

/**
 * Failures with the same key are taken to be the same bug: the kind, the message of the exception
 * (internal errors, crashes) or of TypeScript's parser (unparseable output) with numbers blanked out,
 * and for exceptions the two innermost frames of the translator's code (the throw site and its
 * caller), so that one message thrown from two places counts as two bugs.
 */
function failureKey(result) {
  const message = result.status === "internal" ? result.errorMessage || result.message : result.status === "hang" ? "" : result.message || "";
  const where = result.status === "internal" || result.status === "crash" ? topFrame(result.stack).replace(/:\d+(?=\)|$)/g, "") : "";
  return `${result.status}: ${String(message).split("\n")[0].replace(/\b\d+\b/g, "N")}${where ? ` @ ${where}` : ""}`;
}

module.exports = { Runner, topFrame, isFailure, failureKey, MAIN_THREAD_LIKE_STACK_MB };

import * as fs from "node:fs";
import * as path from "node:path";
import { spawn } from "node:child_process";
import { BIN, requireBuild, scratch, writeTree } from "./helpers";

/** `--watch`: translates, then again after a change (with the modules that import the changed one); Ctrl-C stops cleanly. */
beforeAll(requireBuild);

const waitFor = async (what: () => boolean, ms = 20000): Promise<void> => {
  const end = Date.now() + ms;
  while (!what()) {
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 50));
  }
};

test("re-translates a changed module and its importers, then exits 130 on SIGINT", async () => {
  const work = scratch("watch");
  writeTree(work, {
    "src/lib.py": "def size() -> int:\n    return 1\n",
    "src/user.py": "from lib import size\n\n\ndef twice():\n    return size() * 2\n",
    "src/other.py": "x = 1\n",
  });
  const child = spawn(process.execPath, [BIN, "src", "--out-dir", "out", "--watch"], { cwd: work, env: { ...process.env, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (c: string) => (stderr += c));
  const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  try {
    await waitFor(() => stderr.includes("watching 3 files"));
    const user = path.join(work, "out", "user.ts");
    expect(fs.readFileSync(user, "utf8")).toContain("export function twice(): number {");

    // lib.size() now returns a str: user.ts must follow, other.ts is not redone.
    fs.writeFileSync(path.join(work, "src", "lib.py"), 'def size() -> str:\n    return "1"\n');
    await waitFor(() => stderr.includes("translating 2 files") && fs.readFileSync(user, "utf8").includes("export function twice(): string {"));
    expect(stderr).toContain("1 changed, translating 2 files");
    await waitFor(() => /2 files \(\d+ lines\), 2 translated/.test(stderr));
  } finally {
    child.kill("SIGINT");
  }
  expect(await exited).toBe(130);
  expect(stderr).toContain("stopped watching");
}, 60000);

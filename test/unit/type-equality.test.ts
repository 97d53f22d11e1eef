import { T, typeEquals, typeKey, type PyType } from "../../src/analysis/types";

/** `typeEquals` compares in place what `typeKey` spells out: they must agree on every pair. */
function randomTypes(count: number): PyType[] {
  let seed = 7;
  const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  const leaf = (): PyType => [T.int, T.float, T.number, T.str, T.none, T.unknown, T.class("m.A"), T.object("m.B"), T.typevar("T")][next(9)]!;
  const make = (depth: number): PyType => {
    if (depth === 0) return leaf();
    const inner = (): PyType => make(depth - 1);
    switch (next(9)) {
      case 0:
        return T.list(inner());
      case 1:
        return T.tuple(...Array.from({ length: next(3) }, inner));
      case 2:
        return T.dict(inner(), inner());
      case 3:
        return { kind: "union", types: [inner(), inner()] };
      case 4:
        return T.object(next(2) ? "m.B" : "m.C", ...Array.from({ length: next(2) }, inner));
      case 5:
        return T.coroutine(inner());
      case 6:
        return T.func({ name: next(2) ? "m.f" : undefined, isAsync: next(2) === 1, returns: inner(), params: [{ name: next(2) ? "x" : "y", kind: "normal", type: inner(), optional: false }] });
      case 7:
        return T.set(inner());
      default:
        return leaf();
    }
  };
  return Array.from({ length: count }, () => make(next(4)));
}

test("typeEquals agrees with comparing typeKey on every pair", () => {
  const types = randomTypes(400);
  let equalPairs = 0;
  for (const a of types) {
    for (const b of types) {
      const byKey = typeKey(a) === typeKey(b);
      if (byKey && a !== b) equalPairs++;
      if (typeEquals(a, b) !== byKey) throw new Error(`${typeKey(a)} vs ${typeKey(b)}: typeEquals says ${!byKey}`);
    }
  }
  // Equal types made separately are among the pairs (not only identical objects).
  expect(equalPairs).toBeGreaterThan(100);
});

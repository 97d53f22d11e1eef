import { notNone } from "../../src/runtime/dynamic";
import { AttributeError } from "../../src/runtime/exceptions";

describe("notNone", () => {
  test("passes a value through; None has no attributes", () => {
    const value = { group: 1 };
    expect(notNone(value, "group")).toBe(value);
    expect(() => notNone(null, "group")).toThrow(AttributeError);
    expect(() => notNone(null, "group")).toThrow("'NoneType' object has no attribute 'group'");
  });
});

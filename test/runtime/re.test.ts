// Expected values were produced by running the same Python under CPython 3.11.
import { reCompile, reFindall, reMatch, reSearch, reSplit, reSub } from "../../src/runtime/re";
import { repr } from "../../src/runtime/repr";

describe("re", () => {
  test("match objects: groups, named groups, subscripts, spans", () => {
    const m = reSearch("(?P<date>[\\d-]+) (?P<level>[A-Z]+)", "at 2024-01-15 ERROR x")!;
    expect([m.group(), m.group("level"), m.__getitem__(1), m.__getitem__("date")]).toEqual(["2024-01-15 ERROR", "ERROR", "2024-01-15", "2024-01-15"]);
    expect([m.start(), m.end(), m.span(2)]).toEqual([3, 19, [14, 19]]);
    expect(m.groupdict()).toEqual(new Map([["date", "2024-01-15"], ["level", "ERROR"]]));
    const optional = reMatch("(\\w+)(?:-(\\d+))?", "name")!;
    expect([optional.groups(), optional.groups("0")]).toEqual([["name", null], ["name", "0"]]);
    expect(repr(reMatch("\\d+", "123"))).toBe("<re.Match object; span=(0, 3), match='123'>");
  });
  test("findall gives strings or tuples of groups; sub and split", () => {
    expect(reFindall("\\d+(?:ms|s)", "30s; 250ms")).toEqual(["30s", "250ms"]);
    expect(reCompile("^(\\w+)=(.*)$", 8).findall("name=app\n# c\nport=80")).toEqual([["name", "app"], ["port", "80"]]);
    expect(reSub("(\\d{4})-(\\d{2})", "\\2/\\1", "2024-01")).toBe("01/2024");
    expect(reSub("(?P<w>\\w+)@", "\\g<w> at ", "me@host")).toBe("me at host");
    expect(reSub("\\d+", (mm) => String(Number(mm.group()) * 2), "a1 b22")).toBe("a2 b44");
    expect(reSplit("(\\d)", "a1b2c")).toEqual(["a", "1", "b", "2", "c"]);
    expect(reSplit("\\s+", " lead trail ")).toEqual(["", "lead", "trail", ""]);
  });
});

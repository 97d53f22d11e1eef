/**
 * Unit tests of the aiohttp runtime's multidict (CIMultiDict / MultiDict) and cookie handling
 * (http.cookies quoting and parsing, Morsel, SimpleCookie, aiohttp's CookieJar / DummyCookieJar).
 * Expected values were produced by CPython 3.11 (multidict 6.0.4, http.cookies, aiohttp 3.8.4).
 */
import { CookieError, CookieJar, DummyCookieJar, Morsel, SimpleCookie, aiohttpCookieQuote, aiohttpCookieUnquote } from "../../src/runtime/aiohttp/cookies";
import { CIMultiDict, MultiDict } from "../../src/runtime/aiohttp/headers";
import { YarlURL } from "../../src/runtime/aiohttp/url";
import { BaseException, KeyError, TypeError } from "../../src/runtime/exceptions";

function pyStr(e: unknown): string {
  return e instanceof BaseException ? `${e.name}: ${e.__str__()}` : String(e);
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error("did not throw");
}

describe("CIMultiDict", () => {
  test("keeps original case, order and repeated keys", () => {
    const d = new CIMultiDict([
      ["A", "1"],
      ["b", "2"],
      ["a", "3"],
    ]);
    expect(d.__repr__()).toBe("<CIMultiDict('A': '1', 'b': '2', 'a': '3')>");
    expect([...d]).toEqual(["A", "b", "a"]);
    expect(d.getItem("a")).toBe("1");
    expect(d.getAll("A")).toEqual(["1", "3"]);
    d.set("A", "x");
    expect(d.__repr__()).toBe("<CIMultiDict('A': 'x', 'b': '2')>");
    expect(d.get("zz")).toBeNull();
    expect(d.get("zz", "dflt")).toBe("dflt");
    expect(d.has("B")).toBe(true);
    expect(d.__contains__("nope")).toBe(false);
    expect(d.pop("a")).toBe("x");
    expect(d.__repr__()).toBe("<CIMultiDict('b': '2')>");
    expect(d.__len__()).toBe(1);
  });

  test("KeyError like Python", () => {
    const d = new CIMultiDict();
    const e = thrown(() => d.getItem("zz"));
    expect(e).toBeInstanceOf(KeyError);
    expect((e as KeyError).__repr__()).toBe("KeyError('zz')");
    expect((e as KeyError).__str__()).toBe("'zz'");
    expect(thrown(() => d.getOne("zz"))).toBeInstanceOf(KeyError);
    expect(thrown(() => d.getAll("zz"))).toBeInstanceOf(KeyError);
    expect(d.getAll("zz", [])).toEqual([]);
  });

  test("proxies are read-only", () => {
    const proxy = new CIMultiDict([["a", "1"]], { readonly: true });
    expect(proxy.__repr__()).toBe("<CIMultiDictProxy('a': '1')>");
    expect(new CIMultiDict([], { readonly: true }).__repr__()).toBe("<CIMultiDictProxy()>");
    const e = thrown(() => proxy.set("x", "1"));
    expect(e).toBeInstanceOf(TypeError);
    expect(pyStr(e)).toBe("TypeError: 'multidict._multidict.CIMultiDictProxy' object does not support item assignment");
    const copy = proxy.copy();
    copy.add("b", "2");
    expect(copy.__repr__()).toBe("<CIMultiDict('a': '1', 'b': '2')>");
  });

  test("constructs from Maps, records and pairs; MultiDict is case-sensitive", () => {
    expect(new CIMultiDict(new Map([["X", "1"]])).items()).toEqual([["X", "1"]]);
    expect(new CIMultiDict({ Y: "2" }).items()).toEqual([["Y", "2"]]);
    const m = new MultiDict<unknown>([["a", 1]]);
    expect(m.__repr__()).toBe("<MultiDict('a': 1)>");
    expect(m.has("A")).toBe(false);
    const u = new MultiDict([
      ["a", "1"],
      ["b", "2"],
      ["a", "3"],
    ]);
    u.update([["a", "x"]]);
    expect(u.items()).toEqual([
      ["a", "x"],
      ["b", "2"],
    ]);
    u.extend([["a", "y"]]);
    expect(u.getAll("a")).toEqual(["x", "y"]);
  });
});

describe("http.cookies", () => {
  test("_quote / _unquote", () => {
    const quote: [string, string][] = [
      ["abc", "abc"],
      ["hello world", '"hello world"'],
      ["é", '"\\351"'],
      ["a;b", '"a\\073b"'],
      ['q"x', '"q\\"x"'],
      ["back\\slash", '"back\\\\slash"'],
      ["日本", '"日本"'],
      ["a,b", '"a\\054b"'],
      ["tab\there", '"tab\\011here"'],
      ["=eq", '"=eq"'],
      ["", '""'],
    ];
    for (const [v, q] of quote) expect(aiohttpCookieQuote(v)).toBe(q);
    const unquote: [string, string][] = [
      ['"hello world"', "hello world"],
      ['"\\351"', "é"],
      ['"a\\"b"', 'a"b'],
      ["plain", "plain"],
      ['"x', '"x'],
    ];
    for (const [v, u] of unquote) expect(aiohttpCookieUnquote(v)).toBe(u);
  });

  test("SimpleCookie.load (Set-Cookie parsing)", () => {
    const cases: [string, string, string][] = [
      ["k=v; Path=/", "Set-Cookie: k=v; Path=/", "<SimpleCookie: k='v'>"],
      ['a="x y"; Domain=.example.com; Max-Age=60; Secure; HttpOnly', 'Set-Cookie: a="x y"; Domain=.example.com; HttpOnly; Max-Age=60; Secure', "<SimpleCookie: a='x y'>"],
      ["sid=abc123; expires=Wed, 21 Oct 2015 07:28:00 GMT; path=/app", "Set-Cookie: sid=abc123; expires=Wed, 21 Oct 2015 07:28:00 GMT; Path=/app", "<SimpleCookie: sid='abc123'>"],
      ["x=1; y=2", "Set-Cookie: x=1\r\nSet-Cookie: y=2", "<SimpleCookie: x='1' y='2'>"],
      ["bad key=1", "", "<SimpleCookie: >"],
      ["SameSite=Lax; k=v", "", "<SimpleCookie: >"],
      ["k=v; SameSite=Strict; Version=1; Comment=hi there", "", "<SimpleCookie: >"],
    ];
    for (const [raw, output, rep] of cases) {
      const c = new SimpleCookie();
      c.load(raw);
      expect(c.output()).toBe(output);
      expect(c.__repr__()).toBe(rep);
    }
    const c = new SimpleCookie('a="x y"; Domain=.example.com; Max-Age=60; Secure; HttpOnly');
    const m = c.getItem("a");
    expect([m.value, m.codedValue]).toEqual(["x y", '"x y"']);
    expect(m.items()).toEqual([
      ["expires", ""],
      ["path", ""],
      ["comment", ""],
      ["domain", ".example.com"],
      ["max-age", "60"],
      ["secure", true],
      ["httponly", true],
      ["version", ""],
      ["samesite", ""],
    ]);
  });

  test("SimpleCookie output, Morsel repr", () => {
    const c = new SimpleCookie();
    c.setItem("z", "1");
    c.setItem("a", "hello world");
    c.setItem("m", "5");
    expect(c.output()).toBe('Set-Cookie: a="hello world"\r\nSet-Cookie: m=5\r\nSet-Cookie: z=1');
    expect(c.output(null, "", ";")).toBe(' a="hello world"; m=5; z=1');
    expect(c.__repr__()).toBe("<SimpleCookie: a='hello world' m='5' z='1'>");
    expect(c.getItem("a").__repr__()).toBe('<Morsel: a="hello world">');
    expect(c.getItem("a").__str__()).toBe('Set-Cookie: a="hello world"');
    const e = thrown(() => new Morsel().setItem("bogus", "1"));
    expect(e).toBeInstanceOf(CookieError);
    expect(pyStr(e)).toBe("CookieError: Invalid attribute 'bogus'");
  });
});

describe("CookieJar", () => {
  const url = (s: string): YarlURL => new YarlURL(s);

  test("ignores cookies from IP addresses unless unsafe", () => {
    const safe = new CookieJar();
    safe.updateCookies(new SimpleCookie("k=v; Path=/"), url("http://127.0.0.1:8080/cookies/set"));
    expect(safe.__len__()).toBe(0);
    const unsafe = new CookieJar({ unsafe: true });
    unsafe.updateCookies(new SimpleCookie("k=v; Path=/"), url("http://127.0.0.1:8080/cookies/set"));
    expect([...unsafe].map((m) => [m.key, m.value, m.getItem("domain"), m.getItem("path")])).toEqual([["k", "v", "127.0.0.1", "/"]]);
    expect(unsafe.filterCookies(url("http://127.0.0.1:8080/")).output(null, "", ";").trim()).toBe("k=v");
  });

  test("shared cookies (no response URL) go everywhere", () => {
    const jar = new CookieJar();
    jar.updateCookies(new Map([["sess", "1"]]));
    expect([...jar].map((m) => [m.key, m.value, m.getItem("domain"), m.getItem("path")])).toEqual([["sess", "1", "", "/"]]);
    expect(jar.filterCookies(url("http://127.0.0.1/")).__str__()).toBe("Set-Cookie: sess=1");
    expect(jar.filterCookies(url("http://example.com/x")).__str__()).toBe("Set-Cookie: sess=1");
  });

  test("domain, host-only, path, secure and expiry", () => {
    const jar = new CookieJar();
    const c = new SimpleCookie();
    c.load("host=1; Path=/");
    c.load("dom=2; Domain=example.com; Path=/");
    c.load("deep=3; Path=/app");
    c.load("sec=4; Path=/; Secure");
    c.load("old=5; Path=/; expires=Wed, 21 Oct 2015 07:28:00 GMT");
    c.load("gone=6; Path=/; Max-Age=0");
    jar.updateCookies(c, url("http://example.com/app/page"));
    const names = (u: string): string[] => [...jar.filterCookies(url(u)).keys()].sort();
    expect(names("http://example.com/")).toEqual(["dom", "host"]);
    expect(names("http://www.example.com/")).toEqual(["dom"]);
    expect(names("http://example.com/app/x")).toEqual(["deep", "dom", "host"]);
    expect(names("https://example.com/")).toEqual(["dom", "host", "sec"]);
    expect(names("http://other.com/")).toEqual([]);
    expect(jar.__len__()).toBe(4);
    jar.clearDomain("example.com");
    expect(jar.__len__()).toBe(0);
  });

  test("default path comes from the response URL", () => {
    const jar = new CookieJar();
    jar.updateCookies(new SimpleCookie("a=1"), url("http://example.com/cookies/set"));
    jar.updateCookies(new SimpleCookie("b=2"), url("http://example.com/hello"));
    expect([...jar].map((m) => [m.key, m.getItem("path")])).toEqual([
      ["a", "/cookies"],
      ["b", "/"],
    ]);
  });

  test("DummyCookieJar stores nothing", () => {
    const jar = new DummyCookieJar();
    jar.updateCookies(new Map([["a", "1"]]));
    expect(jar.__len__()).toBe(0);
    expect(jar.filterCookies(url("http://x/")).size).toBe(0);
  });
});

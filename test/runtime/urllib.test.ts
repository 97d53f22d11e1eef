import { ParseResult, quote, quotePlus, unquote, unquotePlus, urlencode, urljoin, urlparse, urlunparse } from "../../src/runtime/urllib";
import { BaseException, IndexError, TypeError, ValueError } from "../../src/runtime/exceptions";
import { repr, str } from "../../src/runtime/repr";
import { eq } from "../../src/runtime/compare";
import { len } from "../../src/runtime/sequences";

function outcome<T>(f: () => T): T | { error: string } {
  try {
    return f();
  } catch (e) {
    if (e instanceof BaseException) return { error: `${e.constructor.name}: ${e.__str__()}` };
    throw e;
  }
}

// Expected values below were recorded from CPython 3.11 (Debian /usr/bin/python3) urllib.parse.
const joinCases: [string, string, string][] = [
  ["http://a/b/c/d;p?q", "g:h", "g:h"],
  ["http://a/b/c/d;p?q", "g", "http://a/b/c/g"],
  ["http://a/b/c/d;p?q", "./g", "http://a/b/c/g"],
  ["http://a/b/c/d;p?q", "g/", "http://a/b/c/g/"],
  ["http://a/b/c/d;p?q", "/g", "http://a/g"],
  ["http://a/b/c/d;p?q", "//g", "http://g"],
  ["http://a/b/c/d;p?q", "?y", "http://a/b/c/d;p?y"],
  ["http://a/b/c/d;p?q", "g?y", "http://a/b/c/g?y"],
  ["http://a/b/c/d;p?q", "#s", "http://a/b/c/d;p?q#s"],
  ["http://a/b/c/d;p?q", "g#s", "http://a/b/c/g#s"],
  ["http://a/b/c/d;p?q", "g?y#s", "http://a/b/c/g?y#s"],
  ["http://a/b/c/d;p?q", ";x", "http://a/b/c/;x"],
  ["http://a/b/c/d;p?q", "g;x", "http://a/b/c/g;x"],
  ["http://a/b/c/d;p?q", "g;x?y#s", "http://a/b/c/g;x?y#s"],
  ["http://a/b/c/d;p?q", "", "http://a/b/c/d;p?q"],
  ["http://a/b/c/d;p?q", ".", "http://a/b/c/"],
  ["http://a/b/c/d;p?q", "./", "http://a/b/c/"],
  ["http://a/b/c/d;p?q", "..", "http://a/b/"],
  ["http://a/b/c/d;p?q", "../", "http://a/b/"],
  ["http://a/b/c/d;p?q", "../g", "http://a/b/g"],
  ["http://a/b/c/d;p?q", "../..", "http://a/"],
  ["http://a/b/c/d;p?q", "../../", "http://a/"],
  ["http://a/b/c/d;p?q", "../../g", "http://a/g"],
  ["http://a/b/c/d;p?q", "../../../g", "http://a/g"],
  ["http://a/b/c/d;p?q", "../../../../g", "http://a/g"],
  ["http://a/b/c/d;p?q", "/./g", "http://a/g"],
  ["http://a/b/c/d;p?q", "/../g", "http://a/g"],
  ["http://a/b/c/d;p?q", "g.", "http://a/b/c/g."],
  ["http://a/b/c/d;p?q", ".g", "http://a/b/c/.g"],
  ["http://a/b/c/d;p?q", "g..", "http://a/b/c/g.."],
  ["http://a/b/c/d;p?q", "..g", "http://a/b/c/..g"],
  ["http://a/b/c/d;p?q", "./../g", "http://a/b/g"],
  ["http://a/b/c/d;p?q", "./g/.", "http://a/b/c/g/"],
  ["http://a/b/c/d;p?q", "g/./h", "http://a/b/c/g/h"],
  ["http://a/b/c/d;p?q", "g/../h", "http://a/b/c/h"],
  ["http://a/b/c/d;p?q", "g;x=1/./y", "http://a/b/c/g;x=1/y"],
  ["http://a/b/c/d;p?q", "g;x=1/../y", "http://a/b/c/y"],
  ["http://a/b/c/d;p?q", "g?y/./x", "http://a/b/c/g?y/./x"],
  ["http://a/b/c/d;p?q", "g?y/../x", "http://a/b/c/g?y/../x"],
  ["http://a/b/c/d;p?q", "g#s/./x", "http://a/b/c/g#s/./x"],
  ["http://a/b/c/d;p?q", "g#s/../x", "http://a/b/c/g#s/../x"],
  ["http://a/b/c/d;p?q", "http:g", "http://a/b/c/g"],
  ["https://api.example.com/v1/users/list?page=1#top", "detail", "https://api.example.com/v1/users/detail"],
  ["https://api.example.com/v1/users/", "../groups?x=1", "https://api.example.com/v1/groups?x=1"],
  ["http://a/b/", "./c/./d/../e", "http://a/b/c/e"],
  ["http://a/b", "https://c/d", "https://c/d"],
  ["", "x", "x"],
  ["http://a/b", "", "http://a/b"],
  ["mailto:a@b", "c", "c"],
  ["http://a", "b", "http://a/b"],
  ["http://a/b/c", "//other/x", "http://other/x"],
  ["file:///tmp/x", "y", "file:///tmp/y"],
  ["ftp://h/d/f", "../g", "ftp://h/g"],
  ["http://a/b/c", "?", "http://a/b/c"],
  ["http://a/b?q#f", "#g", "http://a/b?q#g"],
];
const parseCases: [string, string, boolean, { repr: string; hostname: string | null; username: string | null; password: string | null; port: number | null | { error: string }; geturl: string }][] = [
  ["https://user:pw@Example.COM:8443/path/to;params?q=1&r=two#frag", "", true, {"repr": "ParseResult(scheme='https', netloc='user:pw@Example.COM:8443', path='/path/to', params='params', query='q=1&r=two', fragment='frag')", "hostname": "example.com", "username": "user", "password": "pw", "port": 8443, "geturl": "https://user:pw@Example.COM:8443/path/to;params?q=1&r=two#frag"}],
  ["http://localhost/index.html", "", true, {"repr": "ParseResult(scheme='http', netloc='localhost', path='/index.html', params='', query='', fragment='')", "hostname": "localhost", "username": null, "password": null, "port": null, "geturl": "http://localhost/index.html"}],
  ["/relative/only?x=1", "", true, {"repr": "ParseResult(scheme='', netloc='', path='/relative/only', params='', query='x=1', fragment='')", "hostname": null, "username": null, "password": null, "port": null, "geturl": "/relative/only?x=1"}],
  ["ftp://files.example.org/pub", "", true, {"repr": "ParseResult(scheme='ftp', netloc='files.example.org', path='/pub', params='', query='', fragment='')", "hostname": "files.example.org", "username": null, "password": null, "port": null, "geturl": "ftp://files.example.org/pub"}],
  ["HTTP://[::1]:80/a;b?c#d", "", true, {"repr": "ParseResult(scheme='http', netloc='[::1]:80', path='/a', params='b', query='c', fragment='d')", "hostname": "::1", "username": null, "password": null, "port": 80, "geturl": "http://[::1]:80/a;b?c#d"}],
  ["http://[FE80::1%Zone]/", "", true, {"repr": "ParseResult(scheme='http', netloc='[FE80::1%Zone]', path='/', params='', query='', fragment='')", "hostname": "fe80::1%Zone", "username": null, "password": null, "port": null, "geturl": "http://[FE80::1%Zone]/"}],
  ["mailto:me@x.org", "", true, {"repr": "ParseResult(scheme='mailto', netloc='', path='me@x.org', params='', query='', fragment='')", "hostname": null, "username": null, "password": null, "port": null, "geturl": "mailto:me@x.org"}],
  ["//host/p", "", true, {"repr": "ParseResult(scheme='', netloc='host', path='/p', params='', query='', fragment='')", "hostname": "host", "username": null, "password": null, "port": null, "geturl": "//host/p"}],
  ["path;p?q", "", true, {"repr": "ParseResult(scheme='', netloc='', path='path', params='p', query='q', fragment='')", "hostname": null, "username": null, "password": null, "port": null, "geturl": "path;p?q"}],
  ["x:y", "", true, {"repr": "ParseResult(scheme='x', netloc='', path='y', params='', query='', fragment='')", "hostname": null, "username": null, "password": null, "port": null, "geturl": "x:y"}],
  ["http://h:/", "", true, {"repr": "ParseResult(scheme='http', netloc='h:', path='/', params='', query='', fragment='')", "hostname": "h", "username": null, "password": null, "port": null, "geturl": "http://h:/"}],
  ["http://h:0080/", "", true, {"repr": "ParseResult(scheme='http', netloc='h:0080', path='/', params='', query='', fragment='')", "hostname": "h", "username": null, "password": null, "port": 80, "geturl": "http://h:0080/"}],
  ["http://h:99999/", "", true, {"repr": "ParseResult(scheme='http', netloc='h:99999', path='/', params='', query='', fragment='')", "hostname": "h", "username": null, "password": null, "port": {"error": "ValueError: Port out of range 0-65535"}, "geturl": "http://h:99999/"}],
  ["http://h:abc/", "", true, {"repr": "ParseResult(scheme='http', netloc='h:abc', path='/', params='', query='', fragment='')", "hostname": "h", "username": null, "password": null, "port": {"error": "ValueError: Port could not be cast to integer value as 'abc'"}, "geturl": "http://h:abc/"}],
  ["  http://h/a\tb\nc", "", true, {"repr": "ParseResult(scheme='http', netloc='h', path='/abc', params='', query='', fragment='')", "hostname": "h", "username": null, "password": null, "port": null, "geturl": "http://h/abc"}],
  ["http://a/b/c;x/d;y", "", true, {"repr": "ParseResult(scheme='http', netloc='a', path='/b/c;x/d', params='y', query='', fragment='')", "hostname": "a", "username": null, "password": null, "port": null, "geturl": "http://a/b/c;x/d;y"}],
  ["https://u@h", "", true, {"repr": "ParseResult(scheme='https', netloc='u@h', path='', params='', query='', fragment='')", "hostname": "h", "username": "u", "password": null, "port": null, "geturl": "https://u@h"}],
  ["https://:p@h", "", true, {"repr": "ParseResult(scheme='https', netloc=':p@h', path='', params='', query='', fragment='')", "hostname": "h", "username": "", "password": "p", "port": null, "geturl": "https://:p@h"}],
  ["sip:alice@atlanta.com;transport=tcp", "", true, {"repr": "ParseResult(scheme='sip', netloc='', path='alice@atlanta.com', params='transport=tcp', query='', fragment='')", "hostname": null, "username": null, "password": null, "port": null, "geturl": "sip:alice@atlanta.com;transport=tcp"}],
  ["tel:+1-201-555-0123;ext=1", "", true, {"repr": "ParseResult(scheme='tel', netloc='', path='+1-201-555-0123', params='ext=1', query='', fragment='')", "hostname": null, "username": null, "password": null, "port": null, "geturl": "tel:+1-201-555-0123;ext=1"}],
  ["http://h?q#", "", true, {"repr": "ParseResult(scheme='http', netloc='h', path='', params='', query='q', fragment='')", "hostname": "h", "username": null, "password": null, "port": null, "geturl": "http://h?q"}],
  ["http://h/p#f?x", "", true, {"repr": "ParseResult(scheme='http', netloc='h', path='/p', params='', query='', fragment='f?x')", "hostname": "h", "username": null, "password": null, "port": null, "geturl": "http://h/p#f?x"}],
  ["1http://x", "", true, {"repr": "ParseResult(scheme='', netloc='', path='1http://x', params='', query='', fragment='')", "hostname": null, "username": null, "password": null, "port": null, "geturl": "1http://x"}],
  ["http://h/%7Euser", "", true, {"repr": "ParseResult(scheme='http', netloc='h', path='/%7Euser', params='', query='', fragment='')", "hostname": "h", "username": null, "password": null, "port": null, "geturl": "http://h/%7Euser"}],
  ["x/y", "https", true, {"repr": "ParseResult(scheme='https', netloc='', path='x/y', params='', query='', fragment='')", "hostname": null, "username": null, "password": null, "port": null, "geturl": "https:///x/y"}],
  ["http://h/p#f", "", false, {"repr": "ParseResult(scheme='http', netloc='h', path='/p#f', params='', query='', fragment='')", "hostname": "h", "username": null, "password": null, "port": null, "geturl": "http://h/p#f"}],
];
const quoteCases: [string, string, string, string][] = [
  ["hello world", "/", "hello%20world", "hello+world"],
  ["hello world", "", "hello%20world", "hello+world"],
  ["hello world", "+", "hello%20world", "hello+world"],
  ["hello world", "é/:", "hello%20world", "hello+world"],
  ["a/b/c", "/", "a/b/c", "a/b/c"],
  ["a/b/c", "", "a%2Fb%2Fc", "a%2Fb%2Fc"],
  ["a/b/c", "+", "a%2Fb%2Fc", "a%2Fb%2Fc"],
  ["a/b/c", "é/:", "a/b/c", "a/b/c"],
  ["x&y=z", "/", "x%26y%3Dz", "x%26y%3Dz"],
  ["x&y=z", "", "x%26y%3Dz", "x%26y%3Dz"],
  ["x&y=z", "+", "x%26y%3Dz", "x%26y%3Dz"],
  ["x&y=z", "é/:", "x%26y%3Dz", "x%26y%3Dz"],
  ["ünïcode ✓", "/", "%C3%BCn%C3%AFcode%20%E2%9C%93", "%C3%BCn%C3%AFcode+%E2%9C%93"],
  ["ünïcode ✓", "", "%C3%BCn%C3%AFcode%20%E2%9C%93", "%C3%BCn%C3%AFcode+%E2%9C%93"],
  ["ünïcode ✓", "+", "%C3%BCn%C3%AFcode%20%E2%9C%93", "%C3%BCn%C3%AFcode+%E2%9C%93"],
  ["ünïcode ✓", "é/:", "%C3%BCn%C3%AFcode%20%E2%9C%93", "%C3%BCn%C3%AFcode+%E2%9C%93"],
  ["~user_name-1.0", "/", "~user_name-1.0", "~user_name-1.0"],
  ["~user_name-1.0", "", "~user_name-1.0", "~user_name-1.0"],
  ["~user_name-1.0", "+", "~user_name-1.0", "~user_name-1.0"],
  ["~user_name-1.0", "é/:", "~user_name-1.0", "~user_name-1.0"],
  ["100%", "/", "100%25", "100%25"],
  ["100%", "", "100%25", "100%25"],
  ["100%", "+", "100%25", "100%25"],
  ["100%", "é/:", "100%25", "100%25"],
  ["", "/", "", ""],
  ["", "", "", ""],
  ["", "+", "", ""],
  ["", "é/:", "", ""],
  ["a+b", "/", "a%2Bb", "a%2Bb"],
  ["a+b", "", "a%2Bb", "a%2Bb"],
  ["a+b", "+", "a+b", "a+b"],
  ["a+b", "é/:", "a%2Bb", "a%2Bb"],
  [" ", "/", "%20", "+"],
  [" ", "", "%20", "+"],
  [" ", "+", "%20", "+"],
  [" ", "é/:", "%20", "+"],
  ["\u0000", "/", "%00%7F", "%00%7F"],
  ["\u0000", "", "%00%7F", "%00%7F"],
  ["\u0000", "+", "%00%7F", "%00%7F"],
  ["\u0000", "é/:", "%00%7F", "%00%7F"],
  ["日本", "/", "%E6%97%A5%E6%9C%AC", "%E6%97%A5%E6%9C%AC"],
  ["日本", "", "%E6%97%A5%E6%9C%AC", "%E6%97%A5%E6%9C%AC"],
  ["日本", "+", "%E6%97%A5%E6%9C%AC", "%E6%97%A5%E6%9C%AC"],
  ["日本", "é/:", "%E6%97%A5%E6%9C%AC", "%E6%97%A5%E6%9C%AC"],
  ["!*'();:@&=+$,/?#[]", "/", "%21%2A%27%28%29%3B%3A%40%26%3D%2B%24%2C/%3F%23%5B%5D", "%21%2A%27%28%29%3B%3A%40%26%3D%2B%24%2C/%3F%23%5B%5D"],
  ["!*'();:@&=+$,/?#[]", "", "%21%2A%27%28%29%3B%3A%40%26%3D%2B%24%2C%2F%3F%23%5B%5D", "%21%2A%27%28%29%3B%3A%40%26%3D%2B%24%2C%2F%3F%23%5B%5D"],
  ["!*'();:@&=+$,/?#[]", "+", "%21%2A%27%28%29%3B%3A%40%26%3D+%24%2C%2F%3F%23%5B%5D", "%21%2A%27%28%29%3B%3A%40%26%3D+%24%2C%2F%3F%23%5B%5D"],
  ["!*'();:@&=+$,/?#[]", "é/:", "%21%2A%27%28%29%3B:%40%26%3D%2B%24%2C/%3F%23%5B%5D", "%21%2A%27%28%29%3B:%40%26%3D%2B%24%2C/%3F%23%5B%5D"],
];
const unquoteCases: [string, string, string][] = [
  ["hello%20world%21", "hello world!", "hello world!"],
  ["%E2%9C%93", "✓", "✓"],
  ["a+b", "a+b", "a b"],
  ["100%", "100%", "100%"],
  ["%zz%4", "%zz%4", "%zz%4"],
  ["%e2%9c", "�", "�"],
  ["é%C3%A9", "éé", "éé"],
  ["%C3", "�", "�"],
  ["abc", "abc", "abc"],
  ["%41%42%43", "ABC", "ABC"],
  ["a%2Bb+c", "a+b+c", "a+b c"],
  ["%", "%", "%"],
];
const encodeCases: Record<string, string> = {
  "dict": "q=python+asyncio&page=2&lang=en%2Fus&empty=",
  "pairs": "tag=a&tag=b+%26+c&n=1.5",
  "doseq": "ids=1&ids=2&ids=3&one=x+y&t=a&t=b",
  "noseq": "ids=%5B1%2C+2%5D",
  "values": "ok=True&none=None&u=%C3%A9&neg=-3&half=0.5",
  "bytes": "k%FF=v+w",
  "safe": "path=/a+b/c",
  "empty": "",
  "seqset": "s=3&d=k",
  "floats": "a=1.0&b=2.5",
  "floatlist": "a=1.0&a=2.0",
  "tuplevalue": "t=%281%2C+2%29",
  "latin": "%E9=%FC",
};
const encodeErrors: Record<string, string> = {
  "str": "TypeError: not a valid non-string sequence or mapping object",
  "int": "TypeError: not a valid non-string sequence or mapping object",
};

describe("urllib.parse.urljoin", () => {
  test.each(joinCases)("urljoin(%j, %j)", (base, url, expected) => {
    expect(urljoin(base, url)).toBe(expected);
  });
  test("allow_fragments=False keeps '#' in the path", () => {
    expect(urljoin("http://a/b", "c#d", false)).toBe("http://a/c#d");
  });
});

describe("urllib.parse.urlparse", () => {
  test.each(parseCases)("urlparse(%j, %j, %j)", (url, scheme, allowFragments, expected) => {
    const p = urlparse(url, scheme, allowFragments);
    expect(repr(p)).toBe(expected.repr);
    expect(str(p)).toBe(expected.repr);
    expect(p.hostname).toBe(expected.hostname);
    expect(p.username).toBe(expected.username);
    expect(p.password).toBe(expected.password);
    expect(outcome(() => p.port)).toEqual(expected.port);
    expect(p.geturl()).toBe(expected.geturl);
    expect(urlunparse(p)).toBe(expected.geturl);
  });

  test("a ParseResult is a named 6-tuple", () => {
    const p = urlparse("https://h:8/p;x?q=1#f");
    expect([...p]).toEqual(["https", "h:8", "/p", "x", "q=1", "f"]);
    expect(len(p)).toBe(6);
    expect(p.__getitem__(0)).toBe("https");
    expect(p.__getitem__(-1)).toBe("f");
    expect(() => p.__getitem__(6)).toThrow(IndexError);
    expect(eq(p, ["https", "h:8", "/p", "x", "q=1", "f"])).toBe(true);
    expect(eq(p, urlparse("https://h:8/p;x?q=1#f"))).toBe(true);
    expect(eq(p, urlparse("https://h:8/p"))).toBe(false);
    expect(p).toBeInstanceOf(ParseResult);
    // p._replace(path="/new", query="")
    const q = p._replace(new Map([["path", "/new"], ["query", ""]]));
    expect(repr(q)).toBe("ParseResult(scheme='https', netloc='h:8', path='/new', params='x', query='', fragment='f')");
    expect(q.geturl()).toBe("https://h:8/new;x#f");
    expect(() => p._replace(new Map([["host", "x"]]))).toThrow(ValueError);
  });
});

describe("urllib.parse.quote / quote_plus / unquote / unquote_plus", () => {
  test.each(quoteCases)("quote(%j, safe=%j)", (s, safe, quoted, plus) => {
    expect(quote(s, safe)).toBe(quoted);
    expect(quotePlus(s, safe)).toBe(plus);
  });
  test("defaults: quote keeps '/', quote_plus does not", () => {
    expect(quote("a b/c")).toBe("a%20b/c");
    expect(quotePlus("a b/c")).toBe("a+b%2Fc");
  });
  test("bytes", () => {
    expect(quote(new Uint8Array([0x61, 0x20, 0xff]))).toBe("a%20%FF");
    expect(quotePlus(new Uint8Array([0x61, 0x20, 0x2b]))).toBe("a+%2B");
    expect(() => quote(new Uint8Array([1]), "/", "utf-8")).toThrow(TypeError);
    expect(unquote(new TextEncoder().encode("%E2%9C%93"))).toBe("✓");
  });
  test("an encoding other than UTF-8", () => {
    expect(quote("é", "/", "latin-1")).toBe("%E9"); // quote("é", encoding="latin-1")
    expect(unquote("%E9", "latin-1")).toBe("é");
  });
  test.each(unquoteCases)("unquote(%j)", (s, plain, plus) => {
    expect(unquote(s)).toBe(plain);
    expect(unquotePlus(s)).toBe(plus);
  });
});

describe("urllib.parse.urlencode", () => {
  test("a dict, pairs, doseq and Python's str() of the values", () => {
    expect(urlencode(new Map<string, unknown>([["q", "python asyncio"], ["page", 2], ["lang", "en/us"], ["empty", ""]]))).toBe(encodeCases.dict);
    expect(urlencode([["tag", "a"], ["tag", "b & c"], ["n", 1.5]])).toBe(encodeCases.pairs);
    expect(urlencode(new Map<string, unknown>([["ids", [1, 2, 3]], ["one", "x y"], ["t", ["a", "b"]]]), true)).toBe(encodeCases.doseq);
    expect(urlencode(new Map([["ids", [1, 2]]]))).toBe(encodeCases.noseq);
    expect(urlencode(new Map<string, unknown>([["ok", true], ["none", null], ["u", "é"], ["neg", -3], ["half", 0.5]]))).toBe(encodeCases.values);
    expect(urlencode(new Map([[new Uint8Array([0x6b, 0xff]), new Uint8Array([0x76, 0x20, 0x77])]]))).toBe(encodeCases.bytes);
    expect(urlencode(new Map([["path", "/a b/c"]]), false, "/")).toBe(encodeCases.safe);
    expect(urlencode(new Map())).toBe(encodeCases.empty);
    expect(urlencode(new Map<string, unknown>([["s", new Set([3])], ["d", new Map([["k", 1]])]]), true)).toBe(encodeCases.seqset);
    expect(urlencode(new Map([["é", "ü"]]), false, "", "latin-1")).toBe(encodeCases.latin);
    expect(urlencode({ a: "b c" })).toBe("a=b+c"); // a TypedDict value
  });
  test("the static shape keeps floats and tuples as Python prints them", () => {
    expect(urlencode(new Map([["a", 1.0], ["b", 2.5]]), false, "", null, null, "{s:f}")).toBe(encodeCases.floats);
    expect(urlencode(new Map([["a", [1.0, 2.0]]]), true, "", null, null, "{s:[f]}")).toBe(encodeCases.floatlist);
    expect(urlencode(new Map([["t", [1, 2]]]), false, "", null, null, "{s:(i,i)}")).toBe(encodeCases.tuplevalue);
    expect(urlencode([["a", 1.0]], false, "", null, null, "[(s,f)]")).toBe("a=1.0");
  });
  test("not a mapping or a sequence of pairs", () => {
    expect(outcome(() => urlencode("abc"))).toEqual({ error: encodeErrors.str });
    expect(outcome(() => urlencode(3))).toEqual({ error: encodeErrors.int });
  });
});

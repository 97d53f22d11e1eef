import { print, quote, quotePlus, repr, str, unquote, urlencode, urljoin, urlparse } from "py2ts-async/runtime";

// urllib.parse: urljoin, urlparse and its fields, urlencode (dict, pairs, doseq), quote and friends.

const base = "https://api.example.com/v1/users/list?page=1#top";
for (const ref of ["detail", "/v2/items", "../groups", "?page=2", "#bottom", "//cdn.example.com/x.js", "https://other.org/", ""]) {
  console.log(`${repr(ref)} -> ${urljoin(base, ref)}`);
}
console.log(`${urljoin("http://a/b/c/d;p?q", "../../g")} ${urljoin("http://a/b/", "./c/./d/../e")}`);
const u = urlparse("https://user:pw@Example.COM:8443/path/to;params?q=1&r=two#frag");
console.log(str(u));
console.log(`${u.scheme} ${u.netloc} ${u.path} ${u.params} ${u.query} ${u.fragment}`);
print([u.hostname, u.port, u.username, u.password, u.geturl()]);
const plain = urlparse("http://localhost/index.html");
print([plain.hostname, plain.port, plain.query === "", plain.path, urlparse("/relative/only?x=1")]);
const [scheme, netloc, path, params, query, fragment] = urlparse("ftp://files.example.org/pub");
console.log(`${str(scheme)} ${str(netloc)} ${str(path)} ${repr(params)} ${repr(query)} ${repr(fragment)}`);
console.log(urlencode(new Map<string, string | number>([["q", "python asyncio"], ["page", 2], ["lang", "en/us"], ["empty", ""]])));
console.log(`${urlencode([["tag", "a"], ["tag", "b & c"], ["n", 1.5]], undefined, undefined, undefined, undefined, "[(?,f)]")} ${urlencode(new Map([["ids", [1, 2, 3]]]), true)}`);
console.log(`${urlencode(new Map([["ids", [1, 2]]]))} ${urlencode(new Map<string, boolean | null | string>([["ok", true], ["none", null], ["u", "é"]]))}`);
for (const s of ["hello world", "a/b/c", "x&y=z", "ünïcode ✓", "~user_name-1.0", "100%"]) {
  console.log(`${repr(s)} ${quote(s)} ${quote(s, "")} ${quotePlus(s)} ${quotePlus(s, "/")}`);
}
console.log(`${unquote("hello%20world%21")} ${unquote("%E2%9C%93")} ${unquote("a+b")} ${unquote("100%")}`);
const search = "https://example.com/search?" + urlencode(new Map<string, string | number>([["q", "cats & dogs"], ["n", 10]]));
console.log(`${search} ${urlparse(search).query}`);

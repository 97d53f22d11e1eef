# urllib.parse: urljoin, urlparse and its fields, urlencode (dict, pairs, doseq), quote and friends.
from urllib.parse import quote, quote_plus, unquote, urlencode, urljoin, urlparse

base = "https://api.example.com/v1/users/list?page=1#top"
for ref in ["detail", "/v2/items", "../groups", "?page=2", "#bottom", "//cdn.example.com/x.js", "https://other.org/", ""]:
    print(repr(ref), "->", urljoin(base, ref))
print(urljoin("http://a/b/c/d;p?q", "../../g"), urljoin("http://a/b/", "./c/./d/../e"))
u = urlparse("https://user:pw@Example.COM:8443/path/to;params?q=1&r=two#frag")
print(u)
print(u.scheme, u.netloc, u.path, u.params, u.query, u.fragment)
print(u.hostname, u.port, u.username, u.password, u.geturl())
plain = urlparse("http://localhost/index.html")
print(plain.hostname, plain.port, plain.query == "", plain.path, urlparse("/relative/only?x=1"))
scheme, netloc, path, params, query, fragment = urlparse("ftp://files.example.org/pub")
print(scheme, netloc, path, repr(params), repr(query), repr(fragment))
print(urlencode({"q": "python asyncio", "page": 2, "lang": "en/us", "empty": ""}))
print(urlencode([("tag", "a"), ("tag", "b & c"), ("n", 1.5)]), urlencode({"ids": [1, 2, 3]}, doseq=True))
print(urlencode({"ids": [1, 2]}), urlencode({"ok": True, "none": None, "u": "é"}))
for s in ["hello world", "a/b/c", "x&y=z", "ünïcode ✓", "~user_name-1.0", "100%"]:
    print(repr(s), quote(s), quote(s, safe=""), quote_plus(s), quote_plus(s, safe="/"))
print(unquote("hello%20world%21"), unquote("%E2%9C%93"), unquote("a+b"), unquote("100%"))
search = "https://example.com/search?" + urlencode({"q": "cats & dogs", "n": 10})
print(search, urlparse(search).query)

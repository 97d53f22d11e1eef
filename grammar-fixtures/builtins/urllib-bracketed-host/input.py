# urllib.parse checks the host between brackets: an IPv6 address (or an IPvFuture one), and nothing
# but a port after the closing bracket.
from urllib.parse import urljoin, urlparse

URLS = [
    "http://[::1]:8080/status",
    "http://user@[fe80::1%25eth0]/",
    "http://[v1.fe]/",
    "http://[::1x]/",
    "http://[vz.x]/",
    "http://a[::1]/",
    "http://[::1]x/",
    "http://[::1/",
    "http://::1]/",
]

for url in URLS:
    try:
        parts = urlparse(url)
        print(url, "->", parts.hostname, parts.port)
    except ValueError as error:
        print(url, "-> ValueError:", error)

print(urljoin("http://a/b;p?q", ";x"))
print(urljoin("http://a/b/c;p?q", "../d"))

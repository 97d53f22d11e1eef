import { ValueError, str, urljoin, urlparse } from "py2ts-async/runtime";

// urllib.parse checks the host between brackets: an IPv6 address (or an IPvFuture one), and nothing
// but a port after the closing bracket.

const URLS: string[] = ["http://[::1]:8080/status", "http://user@[fe80::1%25eth0]/", "http://[v1.fe]/", "http://[::1x]/", "http://[vz.x]/", "http://a[::1]/", "http://[::1]x/", "http://[::1/", "http://::1]/"];

for (const url of URLS) {
  try {
    const parts = urlparse(url);
    console.log(`${url} -> ${str(parts.hostname)} ${str(parts.port)}`);
  } catch (error) {
    if (error instanceof ValueError) {
      console.log(`${url} -> ValueError: ${str(error)}`);
    } else {
      throw error;
    }
  }
}

console.log(urljoin("http://a/b;p?q", ";x"));
console.log(urljoin("http://a/b/c;p?q", "../d"));

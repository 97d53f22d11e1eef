# re: search/match/fullmatch/findall/finditer/sub/split, groups, named groups, flags, compiled patterns.
import re

log = "2024-01-15 ERROR db: timeout after 30s; 2024-01-16 WARN api: slow 250ms; 2024-01-17 ERROR db: refused"
m = re.search(r"(\d{4})-(\d{2})-(\d{2}) (\w+)", log)
print(m.group(), m.group(1), m.group(4), m.groups(), m.group(1, 2), m.start(), m.end(), m.span(4))
print(re.match(r"\d+", log).group(), re.match(r"ERROR", log), re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "12a"))
print(re.findall(r"\d+(?:ms|s)", log), re.findall(r"(\w+) (\w+):", log), re.findall(r"(\d{4})-\d\d", log))
for entry in re.finditer(r"(?P<date>[\d-]+) (?P<level>[A-Z]+) (?P<svc>\w+)", log):
    print(entry.group("level"), entry["svc"], entry.groupdict(), entry.start())
print(re.sub(r"(\d{4})-(\d{2})-(\d{2})", r"\3/\2/\1", log))
print(re.sub(r"\d+", lambda mm: str(int(mm.group()) * 2), "a1 b22 c333"), re.sub(r"\s+", " ", "a   b\t\nc"))
print(re.sub(r"x", "-", "xaxbx", count=2), re.sub(r"(?P<w>\w+)@", r"\g<w> at ", "me@host"))
print(re.split(r"[;,]\s*", "a, b;c,  d"), re.split(r"(\d)", "a1b2c"), re.split(r"\s+", " lead trail "))
pattern = re.compile(r"^(\w+)=(.*)$", re.MULTILINE)
config = "name=app\nport=8080\n# comment\ndebug=true"
print(pattern.findall(config), dict(pattern.findall(config)))
print(re.search(r"error", log, re.IGNORECASE).group(), re.findall(r"^\d", "1a\n2b", flags=re.M), re.search(r"a.b", "a\nb", re.S) is not None)
word = re.compile(r"\b[a-z]{4,}\b")
print(word.findall(log), word.search("no LONG words here") is None, bool(word.match("short")))
optional = re.match(r"(\w+)(?:-(\d+))?", "name")
print(optional.groups(), optional.group(2), optional.groups(default="0"))
print(re.escape("a.b*c?"), re.findall(r"[\w.]+@[\w.]+", "x a.b@c.org y d@e.io"))
email = "user@example.com"
if m := re.match(r"([^@]+)@(.+)", email):
    user, domain = m.groups()
    print(user, domain, m[0], m[1])

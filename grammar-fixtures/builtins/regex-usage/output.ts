import { DOTALL, IGNORECASE, MULTILINE, Match, notNone, print, reCompile, reEscape, reFindall, reFinditer, reFullmatch, reMatch, reSearch, reSplit, reSub, str, toInt, unpack } from "py2ts-async/runtime";

// re: search/match/fullmatch/findall/finditer/sub/split, groups, named groups, flags, compiled patterns.

const log = "2024-01-15 ERROR db: timeout after 30s; 2024-01-16 WARN api: slow 250ms; 2024-01-17 ERROR db: refused";
let m = reSearch("(\\d{4})-(\\d{2})-(\\d{2}) (\\w+)", log);
print([notNone(m, "group").group(), notNone(m, "group").group(1), notNone(m, "group").group(4), str(notNone(m, "groups").groups(), "(?...)"), str(notNone(m, "group").groupMany(1, 2), "(?...)"), notNone(m, "start").start(), notNone(m, "end").end(), str(notNone(m, "span").span(4), "(?,?)")]);
print([notNone(reMatch("\\d+", log), "group").group(), reMatch("ERROR", log), reFullmatch("\\d+", "123"), reFullmatch("\\d+", "12a")]);
print([reFindall("\\d+(?:ms|s)", log) as string[], str(reFindall("(\\w+) (\\w+):", log) as string[][], "[(?...)]"), reFindall("(\\d{4})-\\d\\d", log) as string[]]);
for (const entry of reFinditer("(?P<date>[\\d-]+) (?P<level>[A-Z]+) (?P<svc>\\w+)", log)) {
  print([entry.group("level"), entry.group("svc"), entry.groupdict(), entry.start()]);
}
console.log(reSub("(\\d{4})-(\\d{2})-(\\d{2})", "\\3/\\2/\\1", log));
console.log(`${reSub("\\d+", (mm: Match) => String(toInt(mm.group()) * 2), "a1 b22 c333")} ${reSub("\\s+", " ", "a   b\t\nc")}`);
console.log(`${reSub("x", "-", "xaxbx", 2)} ${reSub("(?P<w>\\w+)@", "\\g<w> at ", "me@host")}`);
print([reSplit("[;,]\\s*", "a, b;c,  d"), reSplit("(\\d)", "a1b2c"), reSplit("\\s+", " lead trail ")]);
const pattern = reCompile("^(\\w+)=(.*)$", MULTILINE);
const config = "name=app\nport=8080\n# comment\ndebug=true";
print([str(pattern.findall(config) as string[][], "[(?...)]"), new Map(pattern.findall(config) as string[][] as Iterable<[string, string]>)]);
print([notNone(reSearch("error", log, IGNORECASE), "group").group(), reFindall("^\\d", "1a\n2b", MULTILINE) as string[], reSearch("a.b", "a\nb", DOTALL) !== null]);
const word = reCompile("\\b[a-z]{4,}\\b");
print([word.findall(log) as string[], word.search("no LONG words here") === null, word.match("short") !== null]);
const optional = reMatch("(\\w+)(?:-(\\d+))?", "name");
print([str(notNone(optional, "groups").groups(), "(?...)"), notNone(optional, "group").group(2), str(notNone(optional, "groups").groups("0"), "(?...)")]);
console.log(`${reEscape("a.b*c?")} ${str(reFindall("[\\w.]+@[\\w.]+", "x a.b@c.org y d@e.io") as string[])}`);
const email = "user@example.com";
if ((m = reMatch("([^@]+)@(.+)", email)) !== null) {
  const [user, domain] = unpack(m.groups(), 2);
  console.log(`${str(user)} ${str(domain)} ${m.group(0)} ${m.group(1)}`);
}

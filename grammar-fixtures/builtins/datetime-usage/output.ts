import { PyDate, PyDatetime, PyTime, Timedelta, Timezone, TypeError, ValueError, abs, dictKey, eq, format, getItem, gt, le, lt, max, min, print, pyType, repr, sorted, str, strFormat, strptime, sum, truthy } from "py2ts-async/runtime";

// datetime: timedelta normalisation and printing, dates and datetimes (naive and fixed-offset aware),
// arithmetic and comparisons through the classes' operator methods, ISO formats, strftime, dict keys.
// Naive local-time conversions are checked only as round trips, so the output does not depend on TZ.

function shift(when: PyDatetime, hours: number): PyDatetime {
  return when.__add__(new Timedelta(0, 0, 0, 0, 0, hours));
}

const d = new PyDatetime(2024, 1, 15, 10, 30);
console.log(str(d));
console.log(`${repr(d)} ${repr(new PyDatetime(2024, 1, 15, 10, 30, 5))} ${repr(new PyDatetime(2024, 1, 15, 10, 30, 0, 7))}`);
console.log(d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond, str(d.tzinfo));

// timedelta: CPython's normalisation, str and repr
const td = new Timedelta(1, 4, 5, 0, 3, 2);
print([td, repr(td), str(td.total_seconds(), "f"), td.days, td.seconds, td.microseconds]);
print([new Timedelta(0, 0.5, 0, 0, 0, 1.1), repr(new Timedelta(-1.5)), new Timedelta(0, 0, -1)]);
print([new Timedelta(0, 0, 0, 1500, 0, 0, 2), repr(new Timedelta()), new Timedelta(0, 0, 0, 0, 90).seconds]);
print([td.__neg__(), td.__mul__(2), td.__rmul__(2), td.__truediv__(2), str(td.__truediv__(new Timedelta(0, 0, 0, 0, 0, 1)), "f"), td.__floordiv__(new Timedelta(0, 0, 0, 0, 0, 1)), td.__mod__(new Timedelta(0, 0, 0, 0, 0, 1))]);
print([abs(new Timedelta(0, 0, 0, 0, 0, -3)), gt(new Timedelta(0, 0, 0, 0, 0, 3), new Timedelta(0, 0, 0, 0, 179)), truthy(new Timedelta()), truthy(td)]);
const spans: Timedelta[] = [new Timedelta(0, 0, 0, 0, 5), new Timedelta(0, 30)];
console.log(`${str(sum(spans, new Timedelta()))} ${str(max(spans))} ${str(min(spans))} ${str(sorted(spans))}`);

// datetime arithmetic and comparisons
const e = d.__add__(td);
console.log(`${str(e)} ${str(e.__sub__(d))} ${str(d.__sub__(e))} ${repr(d.__sub__(e))}`);
print([lt(d, e), eq(d, new PyDatetime(2024, 1, 15, 10, 30)), !eq(d, e), sorted([e, d])]);
let t = new PyDatetime(2024, 12, 31, 23, 59, 59);
t = t.__add__(new Timedelta(0, 1));
print([t, shift(t, -25)]);
t = t.__sub__(new Timedelta(366));
print([t, new PyDatetime(2020, 5, 17).__sub__(new Timedelta(0, 0, 0, 0, 0, 0, 1))]);

// dates
print([d.date(), repr(d.date()), new PyDate(2024, 2, 29).weekday(), new PyDate(2024, 2, 29).isoweekday(), new PyDate(2024, 1, 1).toordinal()]);
print([new PyDate(2024, 3, 1).__sub__(new PyDate(2023, 3, 1)), new PyDate(2024, 1, 31).__add__(new Timedelta(30)), PyDate.fromisoformat("2024-07-04")]);
print([d instanceof PyDate, d instanceof PyDatetime, new PyDate(2024, 1, 1) instanceof PyDatetime]);

// formatting and parsing
console.log(`${d.isoformat()} ${d.isoformat(" ")} ${d.isoformat(undefined, "minutes")} ${new PyDatetime(2024, 1, 1, 5).isoformat(undefined, "hours")}`);
console.log(`${d.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %y %% %f")} ${new PyDatetime(2024, 1, 1).strftime("%Z|%z|%c|%x|%X")}`);
console.log(`${`${format(d, "%d/%m/%Y")}`} ${`${str(d)}`} ${strFormat("{:%H:%M}", [d])} ${`${str(new Timedelta(0, 0, 0, 0, 0, 5))}`}`);
print([PyDatetime.fromisoformat("2024-01-15"), PyDatetime.fromisoformat("2024-01-15 08:05:03.5"), PyDatetime.fromisoformat("2024-01-15T10:30:00Z")]);
console.log(`${repr(PyDatetime.fromisoformat("2011-11-04T00:05:23.283+00:00"))} ${str(d.replace({ year: 2025, minute: 0 }))}`);

console.log(`${new PyDatetime(2024, 1, 5, 7).strftime("%-d/%-m/%Y %-H:%M %-j")} ${d.ctime()} ${new PyDate(2024, 1, 5).ctime()}`);

// strptime (CPython's _strptime in the C locale)
for (const [text, fmt] of ([["2024-01-15 10:30:45", "%Y-%m-%d %H:%M:%S"], ["15/Jan/2024:10:30:45 +0530", "%d/%b/%Y:%H:%M:%S %z"], ["Monday, March 4, 24  3:05 PM", "%A, %B %d, %y %I:%M %p"], ["2024 060", "%Y %j"], ["2024-01-15T10:30:00Z", "%Y-%m-%dT%H:%M:%S%z"]] as [string, string][])) {
  console.log(repr(strptime(text, fmt)));
}
for (const [text, fmt] of ([["2024-13-01", "%Y-%m-%d"], ["2024-01-01x", "%Y-%m-%d"], ["2023-02-29", "%Y-%m-%d"], ["x", "%Q"]] as [string, string][])) {
  try {
    strptime(text, fmt);
  } catch (exc) {
    if (exc instanceof ValueError) {
      console.log("ValueError:", str(exc));
    } else {
      throw exc;
    }
  }
}

// times of day
const tod = new PyTime(9, 30);
print([tod, repr(tod), repr(new PyTime(9, 30, 5)), repr(new PyTime(9, 30, 0, 5)), repr(new PyTime(1, 2, 0, 0, Timezone.utc)), new PyTime()]);
print([d.time(), gt(d.time(), tod), eq(new PyTime(9, 30), tod), tod.isoformat("minutes"), tod.strftime("%I:%M %p"), `${format(tod, "%H.%M")}`]);
print([PyDatetime.combine(new PyDate(2024, 1, 2), tod), PyDatetime.combine(d.date(), new PyTime(23, 59), Timezone.utc), PyTime.fromisoformat("10:20:30.5")]);

// aware datetimes with fixed offsets
const u = new PyDatetime(2024, 3, 1, 12, 0, 0, 123456, Timezone.utc);
print([u, repr(u), str(u.timestamp(), "f"), u.strftime("%z %Z")]);
const plus2 = new Timezone(new Timedelta(0, 0, 0, 0, 0, 2));
print([plus2, repr(plus2), u.astimezone(plus2), PyDatetime.fromtimestamp(1700000000, Timezone.utc)]);
const west = new Timezone(new Timedelta(0, 0, 0, 0, -30, -5), "XST");
const w = new PyDatetime(2024, 6, 1, 9, 0, 0, 0, west);
print([w, w.tzname(), w.utcoffset(), repr(west), w.strftime("%z|%Z|%H"), str(new Timezone(new Timedelta(0, 0, 0, 0, 0, -5)))]);
print([eq(w, new PyDatetime(2024, 6, 1, 14, 30, 0, 0, Timezone.utc)), w.astimezone(Timezone.utc), w.isoformat(undefined, "milliseconds")]);
print([str(new PyDatetime(2024, 1, 1, 0, 0, 0, 0, Timezone.utc).timestamp(), "f"), PyDatetime.utcfromtimestamp(0)]);

// errors as CPython raises them
for (const bad of ["2024-13-01", "2024/01/01", "nope"]) {
  try {
    PyDatetime.fromisoformat(bad);
  } catch (exc) {
    if (exc instanceof ValueError) {
      console.log("ValueError:", str(exc));
    } else {
      throw exc;
    }
  }
}
try {
  new PyDate(2023, 2, 29);
} catch (exc) {
  if (exc instanceof ValueError) {
    console.log(str(exc));
  } else {
    throw exc;
  }
}
try {
  console.log(str(lt(w, new PyDatetime(2024, 1, 1))));
} catch (exc) {
  if (exc instanceof TypeError) {
    console.log(str(exc));
  } else {
    throw exc;
  }
}

// values as dict keys; naive local time as round trips; now() only through derived facts
const seen: Map<PyDatetime | PyDate | Timedelta, string> = new Map<PyDatetime | PyDate | Timedelta, string>([[dictKey(d), "a"], [dictKey(new PyDate(2024, 1, 15)), "b"], [dictKey(new Timedelta(0)), "c"]]);
console.log(`${getItem(seen, new PyDatetime(2024, 1, 15, 10, 30))} ${getItem(seen, new PyDate(2024, 1, 15))} ${getItem(seen, new Timedelta(0, 0))}`);
const stamp = new PyDatetime(2024, 5, 5, 12, 0, 0, 250000);
console.log(str(eq(PyDatetime.fromtimestamp(stamp.timestamp()), stamp)));
const now = PyDatetime.now();
print([now.year >= 2024, le(PyDate.today(), now.date()), PyDatetime.now(Timezone.utc).tzinfo, pyType(PyDatetime.utcnow()).__name__]);

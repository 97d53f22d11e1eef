# datetime: timedelta normalisation and printing, dates and datetimes (naive and fixed-offset aware),
# arithmetic and comparisons through the classes' operator methods, ISO formats, strftime, dict keys.
# Naive local-time conversions are checked only as round trips, so the output does not depend on TZ.
import datetime as dtm
from datetime import date, datetime, time, timedelta, timezone


def shift(when: datetime, hours: int) -> datetime:
    return when + timedelta(hours=hours)


d = datetime(2024, 1, 15, 10, 30)
print(d)
print(repr(d), repr(datetime(2024, 1, 15, 10, 30, 5)), repr(datetime(2024, 1, 15, 10, 30, 0, 7)))
print(d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond, d.tzinfo)

# timedelta: CPython's normalisation, str and repr
td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(td, repr(td), td.total_seconds(), td.days, td.seconds, td.microseconds)
print(timedelta(hours=1.1, seconds=0.5), repr(timedelta(days=-1.5)), timedelta(microseconds=-1))
print(timedelta(weeks=2, milliseconds=1500), repr(timedelta()), timedelta(minutes=90).seconds)
print(-td, td * 2, 2 * td, td / 2, td / timedelta(hours=1), td // timedelta(hours=1), td % timedelta(hours=1))
print(abs(timedelta(hours=-3)), timedelta(hours=3) > timedelta(minutes=179), bool(timedelta()), bool(td))
spans = [timedelta(minutes=5), timedelta(seconds=30)]
print(sum(spans, timedelta()), max(spans), min(spans), sorted(spans))

# datetime arithmetic and comparisons
e = d + td
print(e, e - d, d - e, repr(d - e))
print(d < e, d == datetime(2024, 1, 15, 10, 30), d != e, sorted([e, d]))
t = datetime(2024, 12, 31, 23, 59, 59)
t += timedelta(seconds=1)
print(t, shift(t, -25))
t -= timedelta(days=366)
print(t, dtm.datetime(2020, 5, 17) - dtm.timedelta(weeks=1))

# dates
print(d.date(), repr(d.date()), date(2024, 2, 29).weekday(), date(2024, 2, 29).isoweekday(), date(2024, 1, 1).toordinal())
print(date(2024, 3, 1) - date(2023, 3, 1), date(2024, 1, 31) + timedelta(days=30), date.fromisoformat("2024-07-04"))
print(isinstance(d, date), isinstance(d, datetime), isinstance(date(2024, 1, 1), datetime))

# formatting and parsing
print(d.isoformat(), d.isoformat(" "), d.isoformat(timespec="minutes"), datetime(2024, 1, 1, 5).isoformat(timespec="hours"))
print(d.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %y %% %f"), datetime(2024, 1, 1).strftime("%Z|%z|%c|%x|%X"))
print(f"{d:%d/%m/%Y}", f"{d}", "{:%H:%M}".format(d), f"{timedelta(hours=5)}")
print(datetime.fromisoformat("2024-01-15"), datetime.fromisoformat("2024-01-15 08:05:03.5"), datetime.fromisoformat("2024-01-15T10:30:00Z"))
print(repr(datetime.fromisoformat("2011-11-04T00:05:23.283+00:00")), d.replace(year=2025, minute=0))

print(datetime(2024, 1, 5, 7).strftime("%-d/%-m/%Y %-H:%M %-j"), d.ctime(), date(2024, 1, 5).ctime())

# strptime (CPython's _strptime in the C locale)
for text, fmt in [("2024-01-15 10:30:45", "%Y-%m-%d %H:%M:%S"), ("15/Jan/2024:10:30:45 +0530", "%d/%b/%Y:%H:%M:%S %z"), ("Monday, March 4, 24  3:05 PM", "%A, %B %d, %y %I:%M %p"), ("2024 060", "%Y %j"), ("2024-01-15T10:30:00Z", "%Y-%m-%dT%H:%M:%S%z")]:
    print(repr(datetime.strptime(text, fmt)))
for text, fmt in [("2024-13-01", "%Y-%m-%d"), ("2024-01-01x", "%Y-%m-%d"), ("2023-02-29", "%Y-%m-%d"), ("x", "%Q")]:
    try:
        datetime.strptime(text, fmt)
    except ValueError as exc:
        print("ValueError:", exc)

# times of day
tod = time(9, 30)
print(tod, repr(tod), repr(time(9, 30, 5)), repr(time(9, 30, 0, 5)), repr(time(1, 2, tzinfo=timezone.utc)), time())
print(d.time(), d.time() > tod, time(9, 30) == tod, tod.isoformat(timespec="minutes"), tod.strftime("%I:%M %p"), f"{tod:%H.%M}")
print(datetime.combine(date(2024, 1, 2), tod), datetime.combine(d.date(), time(23, 59), timezone.utc), time.fromisoformat("10:20:30.5"))

# aware datetimes with fixed offsets
u = datetime(2024, 3, 1, 12, 0, 0, 123456, tzinfo=timezone.utc)
print(u, repr(u), u.timestamp(), u.strftime("%z %Z"))
plus2 = timezone(timedelta(hours=2))
print(plus2, repr(plus2), u.astimezone(plus2), datetime.fromtimestamp(1700000000, timezone.utc))
west = timezone(timedelta(hours=-5, minutes=-30), "XST")
w = datetime(2024, 6, 1, 9, 0, tzinfo=west)
print(w, w.tzname(), w.utcoffset(), repr(west), w.strftime("%z|%Z|%H"), str(timezone(timedelta(hours=-5))))
print(w == datetime(2024, 6, 1, 14, 30, tzinfo=timezone.utc), w.astimezone(timezone.utc), w.isoformat(timespec="milliseconds"))
print(dtm.datetime(2024, 1, 1, tzinfo=dtm.timezone.utc).timestamp(), datetime.utcfromtimestamp(0))

# errors as CPython raises them
for bad in ["2024-13-01", "2024/01/01", "nope"]:
    try:
        datetime.fromisoformat(bad)
    except ValueError as exc:
        print("ValueError:", exc)
try:
    date(2023, 2, 29)
except ValueError as exc:
    print(exc)
try:
    print(w < datetime(2024, 1, 1))
except TypeError as exc:
    print(exc)

# values as dict keys; naive local time as round trips; now() only through derived facts
seen = {d: "a", date(2024, 1, 15): "b", timedelta(0): "c"}
print(seen[datetime(2024, 1, 15, 10, 30)], seen[date(2024, 1, 15)], seen[timedelta(seconds=0)])
stamp = datetime(2024, 5, 5, 12, 0, 0, 250000)
print(datetime.fromtimestamp(stamp.timestamp()) == stamp)
now = datetime.now()
print(now.year >= 2024, date.today() <= now.date(), datetime.now(timezone.utc).tzinfo, type(datetime.utcnow()).__name__)

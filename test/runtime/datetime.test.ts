// Expected values are CPython 3.11's for the same datetime calls.
import { PyDate, PyDatetime, PyTime, Timedelta, Timezone } from "../../src/runtime/datetime";
import { strptime } from "../../src/runtime/strptime";
import { OverflowError, TypeError, ValueError } from "../../src/runtime/exceptions";
import { lt, eq } from "../../src/runtime/compare";
import { repr, str } from "../../src/runtime/repr";
import { dictKey } from "../../src/runtime/hash-keys";

describe("timedelta", () => {
  test("normalises days, seconds and microseconds as CPython, rounding microseconds half to even", () => {
    expect(str(new Timedelta(1, -1))).toBe("23:59:59");
    expect(repr(new Timedelta(0, -0.0000005))).toBe("datetime.timedelta(0)");
    expect(repr(new Timedelta(0, 0, 0.5))).toBe("datetime.timedelta(0)");
    expect(repr(new Timedelta(0, 0, 1.5))).toBe("datetime.timedelta(microseconds=2)");
    expect(repr(new Timedelta(-1.5))).toBe("datetime.timedelta(days=-2, seconds=43200)");
    expect(str(new Timedelta(1, 4, 5, 0, 3, 2))).toBe("1 day, 2:03:04.000005");
    expect(() => new Timedelta(1e9)).toThrow(new OverflowError("days=1000000000; must have magnitude <= 999999999"));
  });

  test("arithmetic", () => {
    const second = new Timedelta(0, 1);
    expect(str(new Timedelta(0, 0, 0, 0, 0, 1).__mul__(1.5))).toBe("1:30:00");
    expect(str(second.__truediv__(3))).toBe("0:00:00.333333");
    expect(str(new Timedelta(0, -7).__floordiv__(2))).toBe("-1 day, 23:59:56.500000");
    expect(str(new Timedelta(0, 7).__mod__(new Timedelta(0, -3)))).toBe("-1 day, 23:59:58");
    expect(new Timedelta(1).__truediv__(new Timedelta(0, 0, 0, 0, 0, 1))).toBe(24);
    expect(new Timedelta(1, 4, 5).total_seconds()).toBe(86404.000005);
    expect(lt(second, new Timedelta(0, 2))).toBe(true);
    expect(() => lt(second, 3)).toThrow(new TypeError("'<' not supported between instances of 'datetime.timedelta' and 'int'"));
  });
});

describe("date", () => {
  test("ordinals, weekdays and validation", () => {
    expect(str(PyDate.fromordinal(1))).toBe("0001-01-01");
    expect(str(PyDate.fromordinal(3652059))).toBe("9999-12-31");
    expect(new PyDate(2000, 2, 29).toordinal()).toBe(730179);
    expect(new PyDate(1900, 3, 1).weekday()).toBe(3);
    expect(() => new PyDate(2023, 2, 29)).toThrow(new ValueError("day is out of range for month"));
    expect(() => new PyDate(9999, 12, 31).__add__(new Timedelta(1))).toThrow(new OverflowError("date value out of range"));
  });

  test("a date never equals a datetime, and does not order with one", () => {
    expect(eq(new PyDate(2024, 1, 1), new PyDatetime(2024, 1, 1))).toBe(false);
    expect(() => lt(new PyDate(2024, 1, 1), new PyDatetime(2024, 1, 1))).toThrow(new TypeError("can't compare datetime.datetime to datetime.date"));
  });
});

describe("datetime", () => {
  test("strftime week numbers and C-locale forms", () => {
    expect(new PyDatetime(2024, 1, 1).strftime("%U %W %w %u %e")).toBe("00 01 1 1  1");
    expect(new PyDatetime(2024, 12, 31).strftime("%U %W %j")).toBe("52 53 366");
  });

  test("fixed offsets print as CPython", () => {
    const cet = new Timezone(new Timedelta(0, 0, 0, 0, 0, 1), "CET");
    expect(repr(cet)).toBe("datetime.timezone(datetime.timedelta(seconds=3600), 'CET')");
    expect(str(new Timezone(new Timedelta(0, 30)))).toBe("UTC+00:00:30");
    expect(new PyDatetime(2024, 1, 1, 0, 0, 0, 0, new Timezone(new Timedelta(0, -30))).isoformat()).toBe("2024-01-01T00:00:00-00:00:30");
    expect(repr(Timezone.utc)).toBe("datetime.timezone.utc");
  });

  test("fromisoformat: basic forms, long fractions, offsets", () => {
    expect(str(PyDatetime.fromisoformat("20240115T103000"))).toBe("2024-01-15 10:30:00");
    expect(str(PyDatetime.fromisoformat("2024-01-15T10:30:00.1234567"))).toBe("2024-01-15 10:30:00.123456");
    expect(str(PyDatetime.fromisoformat("2024-01-15T10:30+05:30"))).toBe("2024-01-15 10:30:00+05:30");
    expect(() => PyDatetime.fromisoformat("nope")).toThrow(new ValueError("Invalid isoformat string: 'nope'"));
    expect(() => new PyDatetime(2024, 1, 1, 24)).toThrow(new ValueError("hour must be in 0..23"));
  });

  test("aware datetimes compare and hash by their UTC instant", () => {
    const utc = new PyDatetime(2024, 6, 1, 14, 30, 0, 0, Timezone.utc);
    const west = new PyDatetime(2024, 6, 1, 9, 0, 0, 0, new Timezone(new Timedelta(0, 0, 0, 0, -30, -5)));
    expect(eq(utc, west)).toBe(true);
    expect(dictKey(west)).toBe(dictKey(utc));
    expect(str(west.__sub__(new PyDatetime(2024, 6, 1, 0, 0, 0, 0, Timezone.utc)))).toBe("14:30:00");
    expect(() => lt(utc, new PyDatetime(2024, 1, 1))).toThrow(new TypeError("can't compare offset-naive and offset-aware datetimes"));
  });

  test("fromtimestamp rounds microseconds half to even; aware timestamps are exact", () => {
    expect(str(PyDatetime.fromtimestamp(1700000000, Timezone.utc))).toBe("2023-11-14 22:13:20+00:00");
    expect(str(PyDatetime.fromtimestamp(-86400.25, Timezone.utc))).toBe("1969-12-30 23:59:59.750000+00:00");
    expect(new PyDatetime(2024, 3, 1, 12, 0, 0, 123456, Timezone.utc).timestamp()).toBe(1709294400.123456);
  });
});

describe("time", () => {
  test("repr trims zero seconds and microseconds; aware times compare in UTC", () => {
    expect(repr(new PyTime(9, 30))).toBe("datetime.time(9, 30)");
    expect(repr(new PyTime(9, 30, 0, 5))).toBe("datetime.time(9, 30, 0, 5)");
    expect(str(PyTime.fromisoformat("10:20:30.5"))).toBe("10:20:30.500000");
    expect(eq(new PyTime(10, 0, 0, 0, new Timezone(new Timedelta(0, 3600))), new PyTime(9, 0, 0, 0, Timezone.utc))).toBe(true);
    expect(str(PyDatetime.combine(new PyDate(2024, 1, 2), new PyTime(9, 30)))).toBe("2024-01-02 09:30:00");
  });
});

describe("strptime", () => {
  test("C-locale names, 12-hour clock, day of year and offsets", () => {
    expect(repr(strptime("Monday, March 4, 24  3:05 PM", "%A, %B %d, %y %I:%M %p"))).toBe("datetime.datetime(2024, 3, 4, 15, 5)");
    expect(repr(strptime("2024 060", "%Y %j"))).toBe("datetime.datetime(2024, 2, 29, 0, 0)");
    expect(repr(strptime("12 am", "%I %p"))).toBe("datetime.datetime(1900, 1, 1, 0, 0)");
    expect(repr(strptime("2024-01-15 +0000", "%Y-%m-%d %z"))).toBe("datetime.datetime(2024, 1, 15, 0, 0, tzinfo=datetime.timezone.utc)");
  });

  test("errors as CPython words them", () => {
    expect(() => strptime("2024-13-01", "%Y-%m-%d")).toThrow(new ValueError("time data '2024-13-01' does not match format '%Y-%m-%d'"));
    expect(() => strptime("2024-01-01x", "%Y-%m-%d")).toThrow(new ValueError("unconverted data remains: x"));
    expect(() => strptime("x", "%Q")).toThrow(new ValueError("'Q' is a bad directive in format '%Q'"));
    expect(() => strptime("x", "%")).toThrow(new ValueError("stray % in format '%'"));
  });
});

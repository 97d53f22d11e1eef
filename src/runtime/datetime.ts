/**
 * Python's `datetime` module: `timedelta`, `date`, `datetime` and fixed-offset `timezone`, with
 * CPython's normalisation, printing, arithmetic (as `__add__`/`__sub__`… the translation calls)
 * and comparisons (`__eq__`/`__lt__`/`__hash__`, honoured by the runtime's helpers).
 * Fields are integers with microsecond precision; a date is handled as its proleptic Gregorian
 * ordinal (day 1 is 0001-01-01) so that arithmetic never goes through JavaScript's `Date`, which
 * is used only where Python uses the C library: local time of naive datetimes.
 */
import { OverflowError, TypeError, ValueError, ZeroDivisionError } from "./exceptions";
import { round } from "./numbers";
import { repr } from "./repr";

const DT_US_PER_DAY = 86400e6;
const DT_MAX_ORDINAL = 3652059; // 9999-12-31
const DT_DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const DT_DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DT_DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const DT_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const dtIsLeap = (y: number): boolean => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
const dtDaysInMonth = (y: number, m: number): number => (m === 2 && dtIsLeap(y) ? 29 : DT_DAYS_IN_MONTH[m]!);
const dtFloorDiv = (a: number, b: number): number => Math.floor(a / b);
const dtMod = (a: number, b: number): number => ((a % b) + b) % b;
const dtPad = (n: number, width: number): string => String(Math.abs(n)).padStart(width, "0");

function dtYmdToOrdinal(y: number, m: number, d: number): number {
  const y1 = y - 1;
  return y1 * 365 + dtFloorDiv(y1, 4) - dtFloorDiv(y1, 100) + dtFloorDiv(y1, 400) + DT_DAYS_BEFORE_MONTH[m]! + (m > 2 && dtIsLeap(y) ? 1 : 0) + d;
}

/** CPython's `_ord2ymd`: 400-, 100- and 4-year cycles, then the month from an estimate. */
function dtOrdinalToYmd(ordinal: number): [number, number, number] {
  let n = ordinal - 1;
  const n400 = dtFloorDiv(n, 146097);
  n = dtMod(n, 146097);
  const n100 = dtFloorDiv(n, 36524);
  n = n % 36524;
  const n4 = dtFloorDiv(n, 1461);
  n = n % 1461;
  const n1 = dtFloorDiv(n, 365);
  n = n % 365;
  const year = n400 * 400 + 1 + n100 * 100 + n4 * 4 + n1;
  if (n1 === 4 || n100 === 4) return [year - 1, 12, 31];
  const leap = n1 === 3 && (n4 !== 24 || n100 === 3);
  let month = (n + 50) >> 5;
  let preceding = DT_DAYS_BEFORE_MONTH[month]! + (month > 2 && leap ? 1 : 0);
  if (preceding > n) {
    month -= 1;
    preceding -= DT_DAYS_IN_MONTH[month]! + (month === 2 && leap ? 1 : 0);
  }
  return [year, month, n - preceding + 1];
}

function dtCheckInt(value: number): void {
  if (!Number.isInteger(value)) throw new TypeError("'float' object cannot be interpreted as an integer");
}

function dtCheckDate(y: number, m: number, d: number): void {
  [y, m, d].forEach(dtCheckInt);
  if (y < 1 || y > 9999) throw new ValueError(`year ${y} is out of range`);
  if (m < 1 || m > 12) throw new ValueError("month must be in 1..12");
  if (d < 1 || d > dtDaysInMonth(y, m)) throw new ValueError("day is out of range for month");
}

function dtCheckTime(h: number, mi: number, s: number, us: number): void {
  [h, mi, s, us].forEach(dtCheckInt);
  if (h < 0 || h > 23) throw new ValueError("hour must be in 0..23");
  if (mi < 0 || mi > 59) throw new ValueError("minute must be in 0..59");
  if (s < 0 || s > 59) throw new ValueError("second must be in 0..59");
  if (us < 0 || us > 999999) throw new ValueError("microsecond must be in 0..999999");
}

function dtOrderError(op: string, a: string, b: string): TypeError {
  return new TypeError(`'${op}' not supported between instances of '${a}' and '${b}'`);
}

/** `a op b` from a three-way comparison result. */
function dtApply(c: number, op: string): boolean {
  return op === "<" ? c < 0 : op === "<=" ? c <= 0 : op === ">" ? c > 0 : c >= 0;
}

const dtSign = (a: number, b: number): number => (a < b ? -1 : a > b ? 1 : 0);

/** Python's four ordering methods over one comparison, which each class defines (and raises TypeError for foreign operands). */
abstract class DtOrdered {
  abstract dtCompare(other: unknown, op: string): boolean;
  __lt__(other: unknown): boolean {
    return this.dtCompare(other, "<");
  }
  __le__(other: unknown): boolean {
    return this.dtCompare(other, "<=");
  }
  __gt__(other: unknown): boolean {
    return this.dtCompare(other, ">");
  }
  __ge__(other: unknown): boolean {
    return this.dtCompare(other, ">=");
  }
}

// ---------------------------------------------------------------------------------------------
// timedelta

/** `datetime.timedelta`: days, seconds (0..86399) and microseconds (0..999999), as CPython keeps them. */
export class Timedelta extends DtOrdered {
  static readonly __name__ = "timedelta";
  readonly days: number;
  readonly seconds: number;
  readonly microseconds: number;

  constructor(days = 0, seconds = 0, microseconds = 0, milliseconds = 0, minutes = 0, hours = 0, weeks = 0) {
    super();
    let d = days + weeks * 7;
    let s = seconds + minutes * 60 + hours * 3600;
    let us = microseconds + milliseconds * 1000;
    // Fractions move down to the next unit, and only microseconds are rounded (ties to even), as in CPython.
    const wholeDays = Math.trunc(d);
    s += (d - wholeDays) * 86400;
    d = wholeDays;
    const wholeSeconds = Math.trunc(s);
    us += (s - wholeSeconds) * 1e6;
    s = wholeSeconds;
    us = round(us);
    s += dtFloorDiv(us, 1e6);
    us = dtMod(us, 1e6);
    d += dtFloorDiv(s, 86400);
    s = dtMod(s, 86400);
    if (Math.abs(d) > 999999999) throw new OverflowError(`days=${d}; must have magnitude <= 999999999`);
    this.days = d + 0;
    this.seconds = s + 0;
    this.microseconds = us + 0;
  }

  static readonly min = new Timedelta(-999999999);
  static readonly max = new Timedelta(999999999, 86399, 999999);
  static readonly resolution = new Timedelta(0, 0, 1);

  /** The whole duration in microseconds (exact below 2**53, about 285 years). */
  dtMicros(): number {
    return (this.days * 86400 + this.seconds) * 1e6 + this.microseconds;
  }

  total_seconds(): number {
    return this.dtMicros() / 1e6;
  }

  __add__(other: PyDatetime): PyDatetime;
  __add__(other: PyDate): PyDate;
  __add__(other: Timedelta): Timedelta;
  __add__(other: Timedelta | PyDate): Timedelta | PyDate {
    if (other instanceof PyDate) return other.__add__(this);
    return new Timedelta(this.days + other.days, this.seconds + other.seconds, this.microseconds + other.microseconds);
  }

  __sub__(other: Timedelta): Timedelta {
    return new Timedelta(this.days - other.days, this.seconds - other.seconds, this.microseconds - other.microseconds);
  }

  __neg__(): Timedelta {
    return new Timedelta(-this.days, -this.seconds, -this.microseconds);
  }

  __pos__(): Timedelta {
    return this;
  }

  __abs__(): Timedelta {
    return this.days < 0 ? this.__neg__() : this;
  }

  __mul__(n: number): Timedelta {
    if (Number.isInteger(n)) return new Timedelta(this.days * n, this.seconds * n, this.microseconds * n);
    return new Timedelta(0, 0, round(this.dtMicros() * n));
  }

  __rmul__(n: number): Timedelta {
    return this.__mul__(n);
  }

  __truediv__(other: Timedelta): number;
  __truediv__(other: number): Timedelta;
  __truediv__(other: Timedelta | number): number | Timedelta {
    const divisor = typeof other === "number" ? other : other.dtMicros();
    if (divisor === 0) throw new ZeroDivisionError(typeof other === "number" ? "integer division or modulo by zero" : "division by zero");
    return typeof other === "number" ? new Timedelta(0, 0, round(this.dtMicros() / other)) : this.dtMicros() / divisor;
  }

  __floordiv__(other: Timedelta): number;
  __floordiv__(other: number): Timedelta;
  __floordiv__(other: Timedelta | number): number | Timedelta {
    const divisor = typeof other === "number" ? other : other.dtMicros();
    if (divisor === 0) throw new ZeroDivisionError("integer division or modulo by zero");
    const q = dtFloorDiv(this.dtMicros(), divisor);
    return typeof other === "number" ? new Timedelta(0, 0, q) : q;
  }

  __mod__(other: Timedelta): Timedelta {
    const divisor = other.dtMicros();
    if (divisor === 0) throw new ZeroDivisionError("integer modulo by zero");
    return new Timedelta(0, 0, this.dtMicros() - dtFloorDiv(this.dtMicros(), divisor) * divisor);
  }

  dtCompare(other: unknown, op: string): boolean {
    if (!(other instanceof Timedelta)) throw dtOrderError(op, "datetime.timedelta", dtTypeName(other));
    return dtApply(dtSign(this.days, other.days) || dtSign(this.seconds, other.seconds) || dtSign(this.microseconds, other.microseconds), op);
  }

  __eq__(other: unknown): boolean {
    return other instanceof Timedelta && this.days === other.days && this.seconds === other.seconds && this.microseconds === other.microseconds;
  }
  __hash__(): number {
    return this.dtMicros();
  }
  __bool__(): boolean {
    return this.days !== 0 || this.seconds !== 0 || this.microseconds !== 0;
  }

  __str__(): string {
    const hh = dtFloorDiv(this.seconds, 3600);
    const mm = dtFloorDiv(this.seconds % 3600, 60);
    let s = `${hh}:${dtPad(mm, 2)}:${dtPad(this.seconds % 60, 2)}`;
    if (this.days !== 0) s = `${this.days} day${Math.abs(this.days) !== 1 ? "s" : ""}, ${s}`;
    if (this.microseconds !== 0) s += `.${dtPad(this.microseconds, 6)}`;
    return s;
  }

  __repr__(): string {
    const parts: string[] = [];
    if (this.days !== 0) parts.push(`days=${this.days}`);
    if (this.seconds !== 0) parts.push(`seconds=${this.seconds}`);
    if (this.microseconds !== 0) parts.push(`microseconds=${this.microseconds}`);
    return `datetime.timedelta(${parts.length ? parts.join(", ") : "0"})`;
  }
}

// ---------------------------------------------------------------------------------------------
// timezone

/** `datetime.timezone`: a fixed offset from UTC, with an optional name. */
export class Timezone {
  static readonly __name__ = "timezone";
  static readonly utc: Timezone = new Timezone(new Timedelta());

  constructor(
    readonly offset: Timedelta,
    readonly name: string | null = null,
  ) {
    if (Math.abs(offset.dtMicros()) >= DT_US_PER_DAY) {
      throw new ValueError(`offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not ${offset.__repr__()}.`);
    }
  }

  utcoffset(_dt?: PyDatetime | null): Timedelta {
    return this.offset;
  }

  dst(_dt?: PyDatetime | null): null {
    return null;
  }

  tzname(_dt?: PyDatetime | null): string {
    if (this.name !== null) return this.name;
    return this.offset.dtMicros() === 0 ? "UTC" : `UTC${dtOffsetText(this.offset, ":")}`;
  }

  __eq__(other: unknown): boolean {
    return other instanceof Timezone && this.offset.__eq__(other.offset);
  }
  __hash__(): number {
    return this.offset.__hash__();
  }
  __str__(): string {
    return this.tzname();
  }
  __repr__(): string {
    // `timezone(timedelta(0))` is CPython's `timezone.utc` itself.
    if (this.offset.dtMicros() === 0 && this.name === null) return "datetime.timezone.utc";
    return `datetime.timezone(${this.offset.__repr__()}${this.name !== null ? `, ${repr(this.name)}` : ""})`;
  }
}

/** `+HH:MM` (with `:SS` and `.ffffff` when present), the separator empty for `%z`. */
function dtOffsetText(offset: Timedelta, sep: string): string {
  let us = offset.dtMicros();
  const sign = us < 0 ? "-" : "+";
  us = Math.abs(us);
  const hh = Math.floor(us / 3600e6);
  const mm = Math.floor((us % 3600e6) / 60e6);
  const ss = Math.floor((us % 60e6) / 1e6);
  const frac = us % 1e6;
  let s = `${sign}${dtPad(hh, 2)}${sep}${dtPad(mm, 2)}`;
  if (ss !== 0 || frac !== 0) s += `${sep}${dtPad(ss, 2)}`;
  if (frac !== 0) s += `.${dtPad(frac, 6)}`;
  return s;
}

// ---------------------------------------------------------------------------------------------
// date

export interface DateReplace {
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
}

/** `datetime.date`. */
export class PyDate extends DtOrdered {
  static readonly __name__: string = "date";
  readonly year: number;
  readonly month: number;
  readonly day: number;

  constructor(year: number, month: number, day: number) {
    super();
    dtCheckDate(year, month, day);
    this.year = year;
    this.month = month;
    this.day = day;
  }

  static today(): PyDate {
    const now = new Date();
    return new PyDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
  }

  static fromtimestamp(timestamp: number): PyDate {
    return PyDatetime.fromtimestamp(timestamp).date();
  }

  static fromordinal(n: number): PyDate {
    if (n < 1 || n > DT_MAX_ORDINAL) throw new ValueError(`ordinal must be >= 1`);
    return new PyDate(...dtOrdinalToYmd(n));
  }

  static fromisoformat(s: string): PyDate {
    const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(s);
    if (!m || (s.length !== 10 && s.length !== 8)) throw new ValueError(`Invalid isoformat string: ${repr(s)}`);
    return new PyDate(Number(m[1]), Number(m[2]), Number(m[3]));
  }

  toordinal(): number {
    return dtYmdToOrdinal(this.year, this.month, this.day);
  }

  /** Monday is 0. */
  weekday(): number {
    return (this.toordinal() + 6) % 7;
  }

  isoweekday(): number {
    return this.weekday() + 1;
  }

  isoformat(): string {
    return `${dtPad(this.year, 4)}-${dtPad(this.month, 2)}-${dtPad(this.day, 2)}`;
  }

  strftime(format: string): string {
    return dtStrftime(format, new PyDatetime(this.year, this.month, this.day));
  }

  /** The C library's `asctime` form, `Mon Jan 15 10:30:00 2024`. */
  ctime(): string {
    return this.strftime("%c");
  }

  __format__(spec: string): string {
    return spec === "" ? this.__str__() : this.strftime(spec);
  }

  replace(changes: DateReplace = {}): PyDate {
    return new PyDate(changes.year ?? this.year, changes.month ?? this.month, changes.day ?? this.day);
  }

  __add__(other: Timedelta): PyDate {
    return PyDate.fromordinal(dtShiftOrdinal(this.toordinal() + other.days));
  }

  __radd__(other: Timedelta): PyDate {
    return this.__add__(other);
  }

  __sub__(other: Timedelta): PyDate;
  __sub__(other: PyDate): Timedelta;
  __sub__(other: Timedelta | PyDate): PyDate | Timedelta {
    if (other instanceof Timedelta) return this.__add__(other.__neg__());
    return new Timedelta(this.toordinal() - other.toordinal());
  }

  /** Dates compare with dates only (a datetime is never equal to a date). */
  dtCompare(other: unknown, op: string): boolean {
    if (other instanceof PyDatetime) throw new TypeError("can't compare datetime.datetime to datetime.date");
    if (!(other instanceof PyDate)) throw dtOrderError(op, "datetime.date", dtTypeName(other));
    return dtApply(dtSign(this.toordinal(), other.toordinal()), op);
  }

  __eq__(other: unknown): boolean {
    return other instanceof PyDate && !(other instanceof PyDatetime) && this.toordinal() === other.toordinal();
  }
  __hash__(): number {
    return this.toordinal();
  }
  __str__(): string {
    return this.isoformat();
  }
  __repr__(): string {
    return `datetime.date(${this.year}, ${this.month}, ${this.day})`;
  }
}

function dtShiftOrdinal(ordinal: number): number {
  if (ordinal < 1 || ordinal > DT_MAX_ORDINAL) throw new OverflowError("date value out of range");
  return ordinal;
}

// ---------------------------------------------------------------------------------------------
// datetime

export interface DatetimeReplace extends DateReplace {
  readonly hour?: number;
  readonly minute?: number;
  readonly second?: number;
  readonly microsecond?: number;
  readonly tzinfo?: Timezone | null;
}

const DT_TIMESPECS: Record<string, (h: string, m: string, s: string, us: number) => string> = {
  hours: (h) => h,
  minutes: (h, m) => `${h}:${m}`,
  seconds: (h, m, s) => `${h}:${m}:${s}`,
  milliseconds: (h, m, s, us) => `${h}:${m}:${s}.${dtPad(Math.floor(us / 1000), 3)}`,
  microseconds: (h, m, s, us) => `${h}:${m}:${s}.${dtPad(us, 6)}`,
};

/** `datetime.datetime`: a date with a time of day and an optional fixed-offset `tzinfo`. */
export class PyDatetime extends PyDate {
  static override readonly __name__: string = "datetime";

  constructor(
    year: number,
    month: number,
    day: number,
    readonly hour = 0,
    readonly minute = 0,
    readonly second = 0,
    readonly microsecond = 0,
    readonly tzinfo: Timezone | null = null,
  ) {
    super(year, month, day);
    dtCheckTime(hour, minute, second, microsecond);
  }

  /** The datetime `us` microseconds after 0001-01-01T00:00 (a day count and the time within the day). */
  static dtFromParts(ordinal: number, us: number, tzinfo: Timezone | null): PyDatetime {
    const days = ordinal + dtFloorDiv(us, DT_US_PER_DAY);
    const within = dtMod(us, DT_US_PER_DAY);
    const [y, m, d] = dtOrdinalToYmd(dtShiftOrdinal(days));
    const seconds = Math.floor(within / 1e6);
    return new PyDatetime(y, m, d, Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60, within % 1e6, tzinfo);
  }

  static override today(): PyDatetime {
    return PyDatetime.now();
  }

  static now(tz: Timezone | null = null): PyDatetime {
    // performance gives the fraction of a millisecond that Date.now() drops.
    const us = Math.floor((performance.timeOrigin + performance.now()) * 1000);
    return PyDatetime.dtFromEpochMicros(us, tz);
  }

  static utcnow(): PyDatetime {
    return PyDatetime.now(Timezone.utc).replace({ tzinfo: null });
  }

  /** Local time (naive) or the time in `tz` of an epoch timestamp; microseconds rounded half to even as in CPython. */
  static override fromtimestamp(timestamp: number, tz: Timezone | null = null): PyDatetime {
    let seconds = Math.trunc(timestamp);
    let us = round((timestamp - seconds) * 1e6);
    if (us >= 1e6) {
      seconds += 1;
      us -= 1e6;
    } else if (us < 0) {
      seconds -= 1;
      us += 1e6;
    }
    return PyDatetime.dtFromEpochMicros(seconds * 1e6 + us, tz);
  }

  static utcfromtimestamp(timestamp: number): PyDatetime {
    return PyDatetime.fromtimestamp(timestamp, Timezone.utc).replace({ tzinfo: null });
  }

  private static dtFromEpochMicros(us: number, tz: Timezone | null): PyDatetime {
    const epoch = dtYmdToOrdinal(1970, 1, 1);
    if (tz !== null) return PyDatetime.dtFromParts(epoch, us + tz.offset.dtMicros(), tz);
    const seconds = Math.floor(us / 1e6);
    const local = new Date(seconds * 1000);
    const ordinal = dtYmdToOrdinal(local.getFullYear(), local.getMonth() + 1, local.getDate());
    return PyDatetime.dtFromParts(ordinal, ((local.getHours() * 60 + local.getMinutes()) * 60 + local.getSeconds()) * 1e6 + dtMod(us, 1e6), null);
  }

  /** CPython 3.11's formats: `YYYY-MM-DD[*HH[:MM[:SS[.fff[fff]]]][+HH:MM[:SS[.ffffff]]]]`, `Z` for UTC, basic forms too. */
  static override fromisoformat(s: string): PyDatetime {
    const m = /^(\d{4})-?(\d{2})-?(\d{2})(?:.(\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d{1,6})\d*)?)?)?(Z|[+-]\d{2}(?::?\d{2}(?::?\d{2}(?:[.,]\d{1,6})?)?)?)?)?$/.exec(s);
    if (!m) throw new ValueError(`Invalid isoformat string: ${repr(s)}`);
    const n = (i: number): number => Number(m[i] ?? 0);
    const us = m[7] === undefined ? 0 : Number(m[7].padEnd(6, "0"));
    return new PyDatetime(n(1), n(2), n(3), n(4), n(5), n(6), us, m[8] === undefined ? null : dtParseOffset(m[8]));
  }

  date(): PyDate {
    return new PyDate(this.year, this.month, this.day);
  }

  utcoffset(): Timedelta | null {
    return this.tzinfo === null ? null : this.tzinfo.utcoffset(this);
  }

  tzname(): string | null {
    return this.tzinfo === null ? null : this.tzinfo.tzname(this);
  }

  /** Microseconds since midnight. */
  dtTimeMicros(): number {
    return ((this.hour * 60 + this.minute) * 60 + this.second) * 1e6 + this.microsecond;
  }

  /** Seconds since the epoch: through the local time zone for a naive datetime, as CPython's mktime. */
  timestamp(): number {
    const days = this.toordinal() - dtYmdToOrdinal(1970, 1, 1);
    if (this.tzinfo !== null) return new Timedelta(days, 0, this.dtTimeMicros() - this.tzinfo.offset.dtMicros()).total_seconds();
    const local = new Date(2000, this.month - 1, this.day, this.hour, this.minute, this.second);
    local.setFullYear(this.year);
    return Math.floor(local.getTime() / 1000) + this.microsecond / 1e6;
  }

  astimezone(tz: Timezone): PyDatetime {
    const offset = this.tzinfo === null ? dtLocalOffsetMicros(this) : this.tzinfo.offset.dtMicros();
    return PyDatetime.dtFromParts(this.toordinal(), this.dtTimeMicros() - offset + tz.offset.dtMicros(), tz);
  }

  override isoformat(sep = "T", timespec = "auto"): string {
    return `${super.isoformat()}${sep}${dtTimeText(this, timespec)}`;
  }

  time(): PyTime {
    return new PyTime(this.hour, this.minute, this.second, this.microsecond);
  }

  timetz(): PyTime {
    return new PyTime(this.hour, this.minute, this.second, this.microsecond, this.tzinfo);
  }

  static combine(date: PyDate, time: PyTime, tzinfo: Timezone | null = time.tzinfo): PyDatetime {
    return new PyDatetime(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond, tzinfo);
  }

  override strftime(format: string): string {
    return dtStrftime(format, this);
  }

  override replace(changes: DatetimeReplace = {}): PyDatetime {
    return new PyDatetime(
      changes.year ?? this.year,
      changes.month ?? this.month,
      changes.day ?? this.day,
      changes.hour ?? this.hour,
      changes.minute ?? this.minute,
      changes.second ?? this.second,
      changes.microsecond ?? this.microsecond,
      changes.tzinfo === undefined ? this.tzinfo : changes.tzinfo,
    );
  }

  override __add__(other: Timedelta): PyDatetime {
    return PyDatetime.dtFromParts(this.toordinal() + other.days, this.dtTimeMicros() + other.seconds * 1e6 + other.microseconds, this.tzinfo);
  }

  override __radd__(other: Timedelta): PyDatetime {
    return this.__add__(other);
  }

  override __sub__(other: Timedelta): PyDatetime;
  override __sub__(other: PyDatetime): Timedelta;
  override __sub__(other: Timedelta | PyDatetime): PyDatetime | Timedelta {
    if (other instanceof Timedelta) return this.__add__(other.__neg__());
    if ((this.tzinfo === null) !== (other.tzinfo === null)) throw new TypeError("can't subtract offset-naive and offset-aware datetimes");
    const [d1, us1] = this.dtUtcKey();
    const [d2, us2] = other.dtUtcKey();
    return new Timedelta(d1 - d2, 0, us1 - us2);
  }

  /** (day ordinal, microseconds) in UTC for an aware datetime, as written for a naive one. */
  dtUtcKey(): [number, number] {
    const us = this.dtTimeMicros() - (this.tzinfo === null ? 0 : this.tzinfo.offset.dtMicros());
    return [this.toordinal() + dtFloorDiv(us, DT_US_PER_DAY), dtMod(us, DT_US_PER_DAY)];
  }

  override dtCompare(other: unknown, op: string): boolean {
    if (other instanceof PyDate && !(other instanceof PyDatetime)) throw new TypeError("can't compare datetime.datetime to datetime.date");
    if (!(other instanceof PyDatetime)) throw dtOrderError(op, "datetime.datetime", dtTypeName(other));
    if ((this.tzinfo === null) !== (other.tzinfo === null)) throw new TypeError("can't compare offset-naive and offset-aware datetimes");
    const [d1, us1] = this.dtUtcKey();
    const [d2, us2] = other.dtUtcKey();
    return dtApply(dtSign(d1, d2) || dtSign(us1, us2), op);
  }

  override __eq__(other: unknown): boolean {
    if (!(other instanceof PyDatetime) || (this.tzinfo === null) !== (other.tzinfo === null)) return false;
    const [d1, us1] = this.dtUtcKey();
    const [d2, us2] = other.dtUtcKey();
    return d1 === d2 && us1 === us2;
  }
  override __hash__(): number {
    const [d, us] = this.dtUtcKey();
    return d * DT_US_PER_DAY + us;
  }
  override __str__(): string {
    return this.isoformat(" ");
  }
  override __repr__(): string {
    const fields = [this.year, this.month, this.day, this.hour, this.minute, this.second, this.microsecond];
    if (fields[6] === 0) fields.pop();
    if (fields.length === 6 && fields[5] === 0) fields.pop();
    const tz = this.tzinfo === null ? "" : `, tzinfo=${this.tzinfo.__repr__()}`;
    return `datetime.datetime(${fields.join(", ")}${tz})`;
  }
}

/** The time of day as `isoformat` writes it, to the precision `timespec` asks for, then the offset. */
function dtTimeText(t: { readonly hour: number; readonly minute: number; readonly second: number; readonly microsecond: number; readonly tzinfo: Timezone | null }, timespec: string): string {
  const spec = timespec === "auto" ? (t.microsecond !== 0 ? "microseconds" : "seconds") : timespec;
  const time = DT_TIMESPECS[spec];
  if (time === undefined) throw new ValueError("Unknown timespec value");
  const text = time(dtPad(t.hour, 2), dtPad(t.minute, 2), dtPad(t.second, 2), t.microsecond);
  return t.tzinfo === null ? text : text + dtOffsetText(t.tzinfo.offset, ":");
}

export interface TimeReplace {
  readonly hour?: number;
  readonly minute?: number;
  readonly second?: number;
  readonly microsecond?: number;
  readonly tzinfo?: Timezone | null;
}

/** `datetime.time`: a time of day with an optional fixed-offset `tzinfo`. */
export class PyTime extends DtOrdered {
  static readonly __name__ = "time";

  constructor(
    readonly hour = 0,
    readonly minute = 0,
    readonly second = 0,
    readonly microsecond = 0,
    readonly tzinfo: Timezone | null = null,
  ) {
    super();
    dtCheckTime(hour, minute, second, microsecond);
  }

  static fromisoformat(s: string): PyTime {
    try {
      return PyDatetime.fromisoformat(`2000-01-01T${s}`).timetz();
    } catch {
      throw new ValueError(`Invalid isoformat string: ${repr(s)}`);
    }
  }

  isoformat(timespec = "auto"): string {
    return dtTimeText(this, timespec);
  }

  strftime(format: string): string {
    return dtStrftime(format, new PyDatetime(1900, 1, 1, this.hour, this.minute, this.second, this.microsecond, this.tzinfo));
  }

  __format__(spec: string): string {
    return spec === "" ? this.__str__() : this.strftime(spec);
  }

  replace(changes: TimeReplace = {}): PyTime {
    return new PyTime(changes.hour ?? this.hour, changes.minute ?? this.minute, changes.second ?? this.second, changes.microsecond ?? this.microsecond, changes.tzinfo === undefined ? this.tzinfo : changes.tzinfo);
  }

  utcoffset(): Timedelta | null {
    return this.tzinfo === null ? null : this.tzinfo.offset;
  }

  /** Microseconds since midnight, in UTC for an aware time. */
  dtKey(): number {
    return ((this.hour * 60 + this.minute) * 60 + this.second) * 1e6 + this.microsecond - (this.tzinfo === null ? 0 : this.tzinfo.offset.dtMicros());
  }

  dtCompare(other: unknown, op: string): boolean {
    if (!(other instanceof PyTime)) throw dtOrderError(op, "datetime.time", dtTypeName(other));
    if ((this.tzinfo === null) !== (other.tzinfo === null)) throw new TypeError("can't compare offset-naive and offset-aware times");
    return dtApply(dtSign(this.dtKey(), other.dtKey()), op);
  }

  __eq__(other: unknown): boolean {
    return other instanceof PyTime && (this.tzinfo === null) === (other.tzinfo === null) && this.dtKey() === other.dtKey();
  }
  __hash__(): number {
    return this.dtKey();
  }
  __str__(): string {
    return this.isoformat();
  }
  __repr__(): string {
    const rest = this.microsecond !== 0 ? `, ${this.second}, ${this.microsecond}` : this.second !== 0 ? `, ${this.second}` : "";
    const tz = this.tzinfo === null ? "" : `, tzinfo=${this.tzinfo.__repr__()}`;
    return `datetime.time(${this.hour}, ${this.minute}${rest}${tz})`;
  }
}

/** The local time zone's offset (microseconds east of UTC) at a naive local datetime. */
function dtLocalOffsetMicros(dt: PyDatetime): number {
  const utcSeconds = (dt.toordinal() - dtYmdToOrdinal(1970, 1, 1)) * 86400 + Math.floor(dt.dtTimeMicros() / 1e6);
  return Math.round(utcSeconds - Math.floor(dt.timestamp())) * 1e6;
}

function dtParseOffset(text: string): Timezone {
  if (text === "Z") return Timezone.utc;
  const m = /^([+-])(\d{2}):?(\d{2})?(?::?(\d{2})(?:[.,](\d{1,6}))?)?$/.exec(text)!;
  const sign = m[1] === "-" ? -1 : 1;
  const us = m[5] === undefined ? 0 : Number(m[5].padEnd(6, "0"));
  const offset = new Timedelta(0, sign * (Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0)), sign * us);
  return offset.dtMicros() === 0 ? Timezone.utc : new Timezone(offset);
}

function dtTypeName(x: unknown): string {
  if (x instanceof PyDatetime) return "datetime.datetime";
  if (x instanceof PyDate) return "datetime.date";
  if (x instanceof Timedelta) return "datetime.timedelta";
  if (x instanceof PyTime) return "datetime.time";
  if (x === null) return "NoneType";
  return typeof x === "number" ? (Number.isInteger(x) ? "int" : "float") : typeof x === "string" ? "str" : "object";
}

/** Directives that stand for a format of others (the C locale's `%c`, `%x`, `%X`, and glibc's shorthands). */
const DT_COMPOSITES: Record<string, string> = { c: "%a %b %e %H:%M:%S %Y", x: "%m/%d/%y", X: "%H:%M:%S", D: "%m/%d/%y", F: "%Y-%m-%d", T: "%H:%M:%S", R: "%H:%M" };

/** `strftime` with the C library's directives in the C locale; an unknown directive is kept as written, as glibc does. */
function dtStrftime(format: string, dt: PyDatetime): string {
  const weekday = dt.weekday();
  const yday = dt.toordinal() - dtYmdToOrdinal(dt.year, 1, 1) + 1;
  const hour12 = dt.hour % 12 === 0 ? 12 : dt.hour % 12;
  const directive = (c: string): string | undefined => {
    switch (c) {
      case "Y":
        return String(dt.year);
      case "y":
        return dtPad(dt.year % 100, 2);
      case "m":
        return dtPad(dt.month, 2);
      case "d":
        return dtPad(dt.day, 2);
      case "e":
        return String(dt.day).padStart(2, " ");
      case "H":
        return dtPad(dt.hour, 2);
      case "I":
        return dtPad(hour12, 2);
      case "M":
        return dtPad(dt.minute, 2);
      case "S":
        return dtPad(dt.second, 2);
      case "f":
        return dtPad(dt.microsecond, 6);
      case "p":
        return dt.hour < 12 ? "AM" : "PM";
      case "a":
        return DT_DAY_NAMES[weekday]!.slice(0, 3);
      case "A":
        return DT_DAY_NAMES[weekday]!;
      case "w":
        return String((weekday + 1) % 7);
      case "u":
        return String(weekday + 1);
      case "b":
      case "h":
        return DT_MONTH_NAMES[dt.month - 1]!.slice(0, 3);
      case "B":
        return DT_MONTH_NAMES[dt.month - 1]!;
      case "j":
        return dtPad(yday, 3);
      case "U":
        return dtPad(Math.floor((yday + 6 - ((weekday + 1) % 7)) / 7), 2);
      case "W":
        return dtPad(Math.floor((yday + 6 - weekday) / 7), 2);
      case "z":
        return dt.tzinfo === null ? "" : dtOffsetText(dt.tzinfo.offset, "");
      case "Z":
        return dt.tzinfo === null ? "" : dt.tzinfo.tzname(dt);
      case "%":
        return "%";
      default: {
        const composite = DT_COMPOSITES[c];
        return composite === undefined ? undefined : dtStrftime(composite, dt);
      }
    }
  };
  // glibc's `-` flag (`%-d`) drops the padding.
  return format.replace(/%(-?)(.)/gs, (whole, flag: string, c: string) => {
    const text = directive(c);
    return text === undefined ? whole : flag === "-" ? text.replace(/^[0 ]+(?=.)/, "") : text;
  });
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Largest first: the first unit the elapsed time reaches is the one shown. */
const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * DAY],
  ['month', 30 * DAY],
  ['week', 7 * DAY],
  ['day', DAY],
  ['hour', HOUR],
  ['minute', MINUTE],
  ['second', 1],
];

/**
 * How long ago `then` was, in the locale's words: "2 minutes ago", "2분 전".
 * A time in the future (clock skew between browser and server) reads as now.
 */
export function relativeTime(then: Date, now: Date, locale: string): string {
  const seconds = Math.max(
    0,
    Math.floor((now.getTime() - then.getTime()) / 1000),
  );
  const [unit, size] = UNITS.find(([, length]) => seconds >= length) ?? [
    'second',
    1,
  ];
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(
    -Math.floor(seconds / size),
    unit,
  );
}

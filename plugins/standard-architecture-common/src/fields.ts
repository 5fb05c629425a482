import { z } from 'zod';

/** A stable id: lower-case words joined by hyphens. */
export const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id (a-z, 0-9, -)')
  .max(63, 'must be at most 63 characters');

/** Whether `YYYY-MM-DD` names a day that exists (no 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

// YAML 1.1 readers turn dates into Date objects; accept both forms.
const dateText = z
  .union([z.string(), z.date()])
  .transform(v => (v instanceof Date ? v.toISOString().slice(0, 10) : v));

/** A real calendar day, `YYYY-MM-DD`. */
export const isoDate = dateText.pipe(
  z
    .string()
    .refine(isCalendarDate, 'must be a real calendar date YYYY-MM-DD'),
);

/**
 * A day (`2026-03-31`) or, where the source gives only a month, a month
 * (`2026-03`). The precision is kept: see `endOfLifeDay`.
 */
export const dayOrMonth = dateText.pipe(
  z
    .string()
    .refine(
      v => isCalendarDate(v) || isCalendarDate(`${v}-01`),
      'must be a real date YYYY-MM-DD, or a month YYYY-MM',
    ),
);

// Characters that are never part of a URL as written in a data file.
const UNSAFE_URL_CHARACTERS = /[\s"'<>\\^`{|}]/;

/**
 * An http(s) URL without credentials, stored in the WHATWG parser's
 * normalised form, so what is linked is exactly what was checked.
 */
export const httpUrl = z.string().transform((value, ctx) => {
  const fail = (message: string) => {
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  };
  if (UNSAFE_URL_CHARACTERS.test(value)) {
    return fail('must be a URL without spaces, quotes or angle brackets');
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail('must be an http(s) URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return fail('must be an http(s) URL');
  }
  if (url.username || url.password) {
    return fail('must not contain credentials');
  }
  return url.href;
});

/**
 * A GitHub `owner/repo`: owner names are letters, digits and single
 * hyphens; repository names cannot be `.` or `..`.
 */
export const githubSlug = z
  .string()
  .regex(
    /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}\/(?!\.{1,2}$)[A-Za-z0-9._-]{1,100}$/,
    'must be a GitHub owner/repo, such as cilium/cilium',
  );

/** Semantic version `MAJOR.MINOR.PATCH`. */
export const semver = z
  .string()
  .regex(/^\d+\.\d+\.\d+$/, 'must be a version MAJOR.MINOR.PATCH');

import { useDataLocale } from './useDataLanguage';

const MONTH = /^(\d{4})-(\d{2})$/;

/**
 * A deadline or end of life as a reader says it: a month (`2026-03`, where
 * the source gives only a month) as "March 2026" or "2026년 3월", a day as
 * it is (`2026-03-31`). Anything else is shown as given.
 */
export function formatDeadline(deadline: string, locale: string): string {
  const month = MONTH.exec(deadline);
  if (!month) return deadline;
  const [year, monthNumber] = [Number(month[1]), Number(month[2])];
  if (monthNumber < 1 || monthNumber > 12) return deadline;
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, monthNumber - 1, 1)));
}

/** `formatDeadline` in the user's language. */
export function useFormatDeadline(): (deadline: string) => string {
  const locale = useDataLocale();
  return deadline => formatDeadline(deadline, locale);
}

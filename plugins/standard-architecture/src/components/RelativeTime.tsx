import { relativeTime } from './relativeTime';
import { useDataLocale } from './useDataLanguage';
import { useNow } from './useNow';

/**
 * An ISO 8601 time as "5 minutes ago" in the user's language, the exact time
 * in the tooltip; a time that does not parse shows as given.
 */
export function RelativeTime(props: { time: string }) {
  const { time } = props;
  const locale = useDataLocale();
  const now = useNow();
  const then = new Date(time);
  if (Number.isNaN(then.getTime())) return <time>{time}</time>;
  return (
    <time dateTime={time} title={then.toLocaleString(locale)}>
      {relativeTime(then, now, locale)}
    </time>
  );
}

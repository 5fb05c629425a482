import { Typography } from '@material-ui/core';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { standardArchitectureTranslationRef } from '../translation';
import { relativeTime } from './relativeTime';
import { useDataLocale } from './useDataLanguage';
import { useNow } from './useNow';

/**
 * How fresh an answer from the usage index is: "as of 2 minutes ago", or
 * "not indexed yet" before the first sync. The exact time is in the tooltip.
 */
export function AsOf(props: { asOf?: string }) {
  const { asOf } = props;
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const locale = useDataLocale();
  const now = useNow();

  if (!asOf) {
    return (
      <Typography variant="caption" color="textSecondary" data-as-of="none">
        {t('notIndexed')}
      </Typography>
    );
  }
  const then = new Date(asOf);
  const valid = !Number.isNaN(then.getTime());
  return (
    <Typography variant="caption" color="textSecondary" data-as-of={asOf}>
      <time dateTime={asOf} title={valid ? then.toLocaleString(locale) : asOf}>
        {t('asOf', { time: valid ? relativeTime(then, now, locale) : asOf })}
      </time>
    </Typography>
  );
}

import { Link, Typography } from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  FactSource,
  SourcedFact,
} from '@k8s-standard/plugin-standard-architecture-common';
import { standardArchitectureTranslationRef } from '../translation';

const useStyles = makeStyles(theme => ({
  source: {
    marginLeft: theme.spacing(0.75),
    fontSize: theme.typography.caption.fontSize,
    whiteSpace: 'nowrap',
    verticalAlign: 'baseline',
  },
}));

/** Only http(s) addresses become links; anything else stays text. */
function webUrl(url?: string): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:'
      ? parsed.href
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A small "source" link beside a fact: to the edition's article for a
 * `{ section }` source (the heading in the tooltip), or to the page a
 * `{ url, checked }` source names (the day it was checked in the tooltip).
 * Opens in a new tab. Renders nothing when the fact has no source.
 */
export function FactSourceLink(props: {
  fact: SourcedFact;
  source?: FactSource;
  /** The article of the edition the fact comes from (the edition's `source`). */
  articleUrl?: string;
}) {
  const { fact, source, articleUrl } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  if (!source) return null;

  let href: string | undefined;
  let title: string;
  if ('section' in source) {
    href = webUrl(articleUrl);
    title = t('source.section', { section: source.section });
  } else {
    href = webUrl(source.url);
    title = source.note
      ? t('source.checkedWithNote', { date: source.checked, note: source.note })
      : t('source.checked', { date: source.checked });
  }
  const label = t('source.link');
  const name = t('source.name', { fact: t(`source.facts.${fact}`) });

  if (!href) {
    return (
      <Typography
        component="span"
        variant="caption"
        color="textSecondary"
        className={classes.source}
        title={title}
        data-fact-source={fact}
      >
        {label}
      </Typography>
    );
  }
  return (
    <Link
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      title={title}
      aria-label={name}
      className={classes.source}
      data-fact-source={fact}
    >
      {label}
    </Link>
  );
}

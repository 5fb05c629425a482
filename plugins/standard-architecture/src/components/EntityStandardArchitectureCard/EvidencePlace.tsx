import { Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { UsageEvidence } from '@k8s-standard/plugin-standard-architecture-common';
import { makeStyles } from '@material-ui/core/styles';
import { standardArchitectureTranslationRef } from '../../translation';

const useStyles = makeStyles({
  // Repository paths are long and the card is narrow.
  path: { wordBreak: 'break-all' },
});

/** Only web links: a URL from a scan never becomes a javascript: link. */
const isWebUrl = (url?: string): url is string =>
  !!url && /^https?:\/\//i.test(url);

/**
 * "found in deploy/ingress.yaml line 12": a link to the line in the
 * repository's web view when the backend knows it, plain text otherwise.
 */
export function EvidencePlace(props: { evidence: UsageEvidence }) {
  const { path, line, url } = props.evidence;
  const classes = useStyles();
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const text = t('cards.service.evidence.foundIn', {
    path: <code className={classes.path}>{path}</code>,
    line: String(line),
  });
  if (!isWebUrl(url)) return <span>{text}</span>;
  return (
    <Link to={url} target="_blank" rel="noopener noreferrer">
      {text}
    </Link>
  );
}

import { ReactNode } from 'react';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { ScanSummary } from '@k8s-standard/plugin-standard-architecture-common';
import { Typography } from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';
import { standardArchitectureTranslationRef } from '../../translation';
import { RelativeTime } from '../RelativeTime';
import { Expandable } from './Expandable';

const useStyles = makeStyles(theme => ({
  line: { wordBreak: 'break-word' },
  list: {
    margin: theme.spacing(0.5, 0, 0),
    paddingLeft: theme.spacing(2),
  },
  path: { wordBreak: 'break-all' },
}));

/** An etag as a short commit-like id: quotes and the weak prefix dropped. */
const shortEtag = (etag: string) =>
  etag.replace(/^W\//, '').replace(/^"|"$/g, '').slice(0, 7);

/**
 * The last scan of the entity's repository, under the card: when, at which
 * commit, how many files; or that it failed or the repository is gone (the
 * detections shown are then from the scan before). Skipped files on demand.
 */
export function ScanStatusLine(props: { scan: ScanSummary }) {
  const { scan } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const time = <RelativeTime time={scan.scannedAt} />;

  let line: ReactNode;
  if (scan.outcome === 'stale') {
    line = t('cards.service.scan.stale', { time });
  } else if (scan.outcome === 'failed') {
    line = t('cards.service.scan.failed', {
      time,
      error: scan.error || t('cards.service.scan.unknownError'),
    });
  } else if (scan.etag) {
    line = t('cards.service.scan.scanned', {
      time,
      commit: <code title={scan.etag}>{shortEtag(scan.etag)}</code>,
      count: scan.filesScanned,
    });
  } else {
    line = t('cards.service.scan.scannedNoCommit', {
      time,
      count: scan.filesScanned,
    });
  }

  return (
    <Typography
      variant="caption"
      color={scan.outcome === 'failed' ? 'error' : 'textSecondary'}
      component="div"
      className={classes.line}
      data-scan-outcome={scan.outcome}
    >
      <span title={scan.location}>{line}</span>
      {scan.skipped.length > 0 && (
        <>
          {' · '}
          <Expandable
            id="standard-architecture-scan-skipped"
            label={t('cards.service.scan.skipped', {
              count: scan.skipped.length,
            })}
          >
            <ul className={classes.list}>
              {scan.skipped.map((skipped, i) => (
                <li key={`${skipped.path}:${i}`}>
                  <code className={classes.path}>{skipped.path}</code>
                  {`: ${skipped.reason}`}
                </li>
              ))}
            </ul>
          </Expandable>
        </>
      )}
    </Typography>
  );
}

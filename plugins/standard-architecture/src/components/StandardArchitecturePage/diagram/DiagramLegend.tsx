import { makeStyles } from '@material-ui/core/styles';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  VERDICTS,
  VERDICT_SEVERITY,
} from '@k8s-standard/plugin-standard-architecture-common';
import { standardArchitectureTranslationRef } from '../../../translation';
import { useVerdictLabel } from '../../VerdictChip';
import { DependentsBadge, Logo, TeamMark, VerdictMark } from './marks';
import { PALETTE } from './palette';

const useStyles = makeStyles({
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: '0.4em 1.1em',
    marginTop: '0.5em',
    padding: '0.4em 0.6em',
    fontSize: 12,
    color: PALETTE.tileText,
    backgroundColor: PALETTE.canvas,
    border: `1px solid ${PALETTE.bandBorder}`,
    borderRadius: 4,
  },
  title: { margin: 0, fontSize: '1em', fontWeight: 700 },
  list: {
    flex: '1 1 auto',
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: '0.4em 1.1em',
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  item: { display: 'inline-flex', alignItems: 'center', gap: '0.35em' },
  arrow: { fontWeight: 600, color: PALETTE.arrowText },
  dashed: {
    display: 'inline-block',
    width: '1.6em',
    height: '1.1em',
    border: `1px dashed ${PALETTE.removedBorder}`,
    borderRadius: 3,
    backgroundColor: PALETTE.removedBackground,
  },
});

/** What every mark on the tiles means; colour is never the only signal. */
export function DiagramLegend() {
  const classes = useStyles();
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const verdictLabel = useVerdictLabel();
  const title = t('page.diagram.legend.title');
  return (
    <section aria-label={title} className={classes.legend} data-diagram-legend>
      <h3 className={classes.title}>{title}</h3>
      <ul className={classes.list}>
        {VERDICTS.map(verdict => (
          <li key={verdict} className={classes.item}>
            <VerdictMark
              verdict={{ verdict, severity: VERDICT_SEVERITY[verdict] }}
              label={verdictLabel(verdict)}
              showLabel
            />
          </li>
        ))}
        <li className={classes.item}>
          <span className={classes.arrow} aria-hidden>
            → X
          </span>
          {t('page.diagram.legend.replacement')}
        </li>
        <li className={classes.item}>
          <DependentsBadge count={5} title={false} />
          {t('page.diagram.legend.dependents')}
        </li>
        <li className={classes.item}>
          <span className={classes.dashed} aria-hidden />
          {t('page.diagram.legend.removed')}
        </li>
        <li className={classes.item}>
          <TeamMark title={false} />
          {t('page.diagram.legend.team')}
        </li>
        <li className={classes.item}>
          <Logo logo={{ kind: 'initials', text: 'Ab' }} />
          {t('page.diagram.legend.initials')}
        </li>
      </ul>
    </section>
  );
}

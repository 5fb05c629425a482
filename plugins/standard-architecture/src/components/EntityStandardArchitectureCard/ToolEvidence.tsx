import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { UsageEvidence } from '@k8s-standard/plugin-standard-architecture-common';
import { Typography } from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';
import { standardArchitectureTranslationRef } from '../../translation';
import { EvidencePlace } from './EvidencePlace';
import { Expandable } from './Expandable';
import { MatchedText } from './MatchedText';

const useStyles = makeStyles(theme => ({
  list: {
    margin: theme.spacing(0.5, 0, 0),
    paddingLeft: theme.spacing(2),
  },
}));

/**
 * Where the scan found a tool: the first place with its matched line, the
 * others behind "and N more places".
 */
export function ToolEvidence(props: {
  toolId: string;
  evidence: UsageEvidence[];
}) {
  const { toolId, evidence } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const [first, ...rest] = evidence;
  if (!first) return null;
  return (
    <Typography
      variant="body2"
      component="div"
      data-evidence-count={evidence.length}
    >
      <EvidencePlace evidence={first} />
      <MatchedText text={first.text} />
      {rest.length > 0 && (
        <Expandable
          id={`standard-architecture-evidence-${toolId}`}
          label={t('cards.service.evidence.more', { count: rest.length })}
        >
          <ul className={classes.list}>
            {rest.map((place, i) => (
              <li key={`${place.path}:${place.line}:${i}`}>
                <EvidencePlace evidence={place} />
                <MatchedText text={place.text} />
              </li>
            ))}
          </ul>
        </Expandable>
      )}
    </Typography>
  );
}

import { makeStyles } from '@material-ui/core/styles';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { standardArchitectureTranslationRef } from '../../translation';
import { OwnerName } from '../OwnerName';
import { sortOwnerCounts } from './ownerCounts';

const useStyles = makeStyles(theme => ({
  list: { margin: 0, paddingLeft: theme.spacing(2) },
}));

/** "team-a (4)", one owner a line, from a tool's counts by owner. */
export function OwnerCountList(props: {
  byOwner: Record<string, number>;
  label?: string;
}) {
  const classes = useStyles();
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  return (
    <ul className={classes.list} aria-label={props.label}>
      {sortOwnerCounts(props.byOwner).map(([owner, count]) => (
        <li key={owner} data-owner={owner}>
          {t('page.adoption.ownerCount', {
            owner: <OwnerName ownerRef={owner} />,
            total: String(count),
          })}
        </li>
      ))}
    </ul>
  );
}

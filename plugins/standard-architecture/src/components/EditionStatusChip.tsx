import { Chip } from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { ToolStatus } from '@k8s-standard/plugin-standard-architecture-common';
import { standardArchitectureTranslationRef } from '../translation';

const useStyles = makeStyles(theme => ({
  chip: {
    color: theme.palette.text.primary,
    borderColor: theme.palette.text.secondary,
    backgroundColor: 'transparent',
    whiteSpace: 'nowrap',
  },
}));

/**
 * What a tool was in one edition (added, kept, changed in, caution,
 * removed), for the history and the changes. Outlined and neutral so it is
 * never mistaken for the tool's verdict, which only `VerdictChip` shows.
 */
export function EditionStatusChip(props: { status: ToolStatus }) {
  const classes = useStyles();
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  return (
    <Chip
      size="small"
      variant="outlined"
      label={t(`editionStatus.${props.status}`)}
      className={classes.chip}
      data-edition-status={props.status}
    />
  );
}

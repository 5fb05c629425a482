import { CopyTextButton } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { Box, Typography } from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';
import { standardArchitectureTranslationRef } from '../../translation';
import { useToolEntityRef } from '../useToolNamespace';

const useStyles = makeStyles(theme => ({
  hint: {
    marginTop: theme.spacing(1),
    padding: theme.spacing(1, 1.5),
    borderLeft: `4px solid ${theme.palette.info.main}`,
    backgroundColor: theme.palette.background.default,
  },
  title: { fontWeight: theme.typography.fontWeightBold as number },
  snippetHeader: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: theme.spacing(1),
    marginTop: theme.spacing(1),
  },
  snippet: {
    margin: 0,
    padding: theme.spacing(1),
    overflowX: 'auto',
    fontSize: theme.typography.caption.fontSize,
    backgroundColor: theme.palette.background.paper,
    border: `1px solid ${theme.palette.divider}`,
    borderRadius: theme.shape.borderRadius,
  },
}));

/**
 * One hint for every tool the scan found but catalog-info.yaml does not
 * declare, with the spec.dependsOn lines to copy: declaring them keeps the
 * catalog's graph right even where scanning is off.
 */
export function UndeclaredToolsHint(props: {
  tools: Array<{ id: string; name: string }>;
}) {
  const { tools } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const toolEntityRef = useToolEntityRef();
  if (tools.length === 0) return null;
  const lines = tools.map(tool => `- ${toolEntityRef(tool.id)}`).join('\n');
  return (
    <Box
      className={classes.hint}
      role="note"
      data-testid="standard-architecture-undeclared"
    >
      <Typography variant="body2" className={classes.title}>
        {t('cards.service.undeclared.title')}
      </Typography>
      <Typography variant="body2">
        {tools.map(tool => tool.name).join(', ')}
      </Typography>
      <div className={classes.snippetHeader}>
        <Typography variant="caption" color="textSecondary">
          {t('cards.service.undeclared.linesToAdd')}
        </Typography>
        <CopyTextButton
          text={lines}
          variant="tertiary"
          aria-label={t('cards.service.undeclared.copy')}
          tooltipText={t('cards.service.undeclared.copied')}
        />
      </div>
      <pre className={classes.snippet}>
        <code>{lines}</code>
      </pre>
    </Box>
  );
}

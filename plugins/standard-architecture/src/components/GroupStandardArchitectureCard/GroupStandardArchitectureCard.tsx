import useAsync from 'react-use/esm/useAsync';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { usePostError } from '../usePostError';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { ErrorPanel, InfoCard, Progress } from '@backstage/core-components';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import {
  GroupReportResponse,
  isoDay,
} from '@internal/plugin-standard-architecture-common';
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';
import { standardArchitectureApiRef } from '../../api/StandardArchitectureApi';
import { standardArchitectureTranslationRef } from '../../translation';
import { StatusChip } from '../StatusChip';
import { useBilingual } from '../useDataLanguage';

const toolEntityRef = (toolId: string) => `component:default/${toolId}`;

const useStyles = makeStyles(theme => ({
  // Backstage's theme sets `word-break: break-word` on cells, which lets auto
  // table layout squeeze a column until names split mid-word. Break names
  // only between words (keep-all: Korean too); Replacement takes the rest.
  name: {
    wordBreak: 'keep-all',
    minWidth: theme.spacing(14),
  },
}));

function Report(props: { report: GroupReportResponse }) {
  const { report } = props;
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const bilingual = useBilingual();
  const classes = useStyles();
  const today = isoDay();

  if (report.items.length === 0) {
    return (
      <Typography
        variant="body1"
        data-testid="standard-architecture-group-empty"
      >
        {t('cards.group.empty')}
      </Typography>
    );
  }

  return (
    <Table size="small" aria-label={t('cards.group.title')}>
      <TableHead>
        <TableRow>
          <TableCell className={classes.name}>
            {t('cards.group.service')}
          </TableCell>
          <TableCell className={classes.name}>
            {t('cards.group.tool')}
          </TableCell>
          <TableCell>{t('cards.group.status')}</TableCell>
          <TableCell>{t('cards.group.deadline')}</TableCell>
          <TableCell>{t('cards.group.replacement')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {/* In the order the API returns: earliest deadline first. */}
        {report.items.map(item => (
          <TableRow
            key={`${item.entityRef}|${item.tool}`}
            data-entity-ref={item.entityRef}
            data-tool={item.tool}
          >
            <TableCell className={classes.name}>
              <EntityRefLink entityRef={item.entityRef}>
                {item.title}
              </EntityRefLink>
            </TableCell>
            <TableCell className={classes.name}>
              <EntityRefLink entityRef={toolEntityRef(item.tool)}>
                {item.name}
              </EntityRefLink>
            </TableCell>
            <TableCell>
              <StatusChip status={item.status} />
            </TableCell>
            <TableCell>
              {item.deadline && item.deadline < today
                ? t('cards.group.passed', { date: item.deadline })
                : item.deadline ?? t('noDeadline')}
            </TableCell>
            <TableCell>
              {item.replacement && item.replacement.length > 0 && (
                <Typography variant="body2">
                  {t('moveTo', { target: item.replacement.join(', ') })}
                </Typography>
              )}
              {item.reason && (
                <Typography
                  variant="caption"
                  color="textSecondary"
                  display="block"
                >
                  {bilingual(item.reason)}
                </Typography>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/**
 * A team's deprecated and caution dependencies across every entity it owns.
 * @public
 */
export function GroupStandardArchitectureCard() {
  const { entity } = useEntity();
  const api = useApi(standardArchitectureApiRef);
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const groupRef = stringifyEntityRef(entity);

  const { value, loading, error } = useAsync(
    () => api.getGroupReport(groupRef),
    [api, groupRef],
  );

  usePostError(error);

  let content;
  if (loading) content = <Progress />;
  else if (error)
    content = <ErrorPanel title={t('loadFailed')} error={error} />;
  else if (value) content = <Report report={value} />;

  return (
    <InfoCard
      title={t('cards.group.title')}
      subheader={
        value &&
        t('cards.group.subheader', {
          entities: String(value.entities),
          edition: String(value.edition),
        })
      }
    >
      {content}
    </InfoCard>
  );
}

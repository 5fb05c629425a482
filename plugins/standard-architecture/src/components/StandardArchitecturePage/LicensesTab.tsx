import { ReactElement } from 'react';
import {
  Chip,
  Link as MuiLink,
  List,
  ListItem,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';
import FlagIcon from '@material-ui/icons/Flag';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import HelpOutlineIcon from '@material-ui/icons/HelpOutline';
import RemoveCircleOutlineIcon from '@material-ui/icons/RemoveCircleOutline';
import { EmptyState, InfoCard } from '@backstage/core-components';
import { configApiRef, useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  EditionResponse,
  isActive,
  spdxLicenseIds,
  Tool,
} from '@k8s-standard/plugin-standard-architecture-common';
import { standardArchitectureTranslationRef } from '../../translation';
import { useTableTextStyles } from '../tableStyles';
import { Words } from '../Words';
import {
  ExpressionVerdict,
  judgeLicense,
  LicensePolicy,
  licenseVerdict,
  Verdict,
} from './licensePolicy';

const POLICY_ICONS: Record<Verdict, ReactElement> = {
  flagged: <FlagIcon />,
  allowed: <CheckCircleIcon />,
  notAllowed: <RemoveCircleOutlineIcon />,
  unreviewed: <HelpOutlineIcon />,
};

const useStyles = makeStyles(theme => ({
  section: { marginTop: theme.spacing(3) },
  barTrack: {
    width: '100%',
    minWidth: 80,
    height: 8,
    borderRadius: 4,
    backgroundColor: theme.palette.divider,
  },
  bar: {
    height: '100%',
    borderRadius: 4,
    backgroundColor: theme.palette.primary.main,
  },
  // Outlined, so a license's policy never looks like a tool's verdict.
  flagged: {
    borderColor: theme.palette.error.main,
    '& svg': { color: theme.palette.error.main },
  },
  allowed: {
    borderColor: theme.palette.success.main,
    '& svg': { color: theme.palette.success.main },
  },
  notAllowed: {
    borderColor: theme.palette.warning.main,
    '& svg': { color: theme.palette.warning.main },
  },
  unreviewed: {},
  share: { minWidth: theme.spacing(12) },
  flaggedRow: { backgroundColor: theme.palette.action.hover },
  toolNames: { color: theme.palette.text.secondary },
  flaggedItem: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
  },
  toolItem: { display: 'block' },
}));

/** `standardArchitecture.licensePolicy` from app-config; both lists optional. */
function useLicensePolicy(): LicensePolicy {
  const config = useApi(configApiRef).getOptionalConfig(
    'standardArchitecture.licensePolicy',
  );
  return {
    allowed: config?.getOptionalStringArray('allowed'),
    flagged: new Set(config?.getOptionalStringArray('flagged') ?? []),
  };
}

/** What the license policy says about a license (not a tool's verdict). */
function LicensePolicyChip(props: { verdict: Verdict }) {
  const classes = useStyles();
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  return (
    <Chip
      size="small"
      variant="outlined"
      icon={POLICY_ICONS[props.verdict]}
      label={t(`page.licenses.${props.verdict}`)}
      className={classes[props.verdict]}
      data-license-policy={props.verdict}
    />
  );
}

/** Why a tool under an expression passes or fails, in words. */
function useExplanation() {
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  return (judged: ExpressionVerdict): string | undefined => {
    if (!judged.compound) return undefined;
    if (judged.acceptable) {
      return judged.hasAlternatives
        ? t('page.licenses.acceptableUnder', {
            licenses: judged.passing.map(ids => ids.join(' AND ')).join(', '),
          })
        : t('page.licenses.everyPartAcceptable');
    }
    return judged.hasAlternatives
      ? t('page.licenses.noAlternative')
      : t('page.licenses.partsRejected', {
          licenses: judged.rejected.join(', '),
        });
  };
}

/** A tool with its whole license expression, the verdict and why. */
function ToolLicenseItem(props: {
  tool: Tool;
  judged: ExpressionVerdict;
  onOpen: (toolId: string) => void;
}) {
  const { tool, judged, onOpen } = props;
  const classes = useStyles();
  const explain = useExplanation();
  const explanation = explain(judged);
  return (
    <ListItem
      disableGutters
      className={classes.toolItem}
      data-tool={tool.id}
      data-license-policy={judged.verdict}
    >
      <span className={classes.flaggedItem}>
        <LicensePolicyChip verdict={judged.verdict} />
        <MuiLink
          component="button"
          variant="body2"
          onClick={() => onOpen(tool.id)}
        >
          {tool.name}
        </MuiLink>
        <code data-testid="license-expression">{tool.license}</code>
      </span>
      {explanation && (
        <Typography
          variant="body2"
          color="textSecondary"
          data-testid="license-explanation"
        >
          {explanation}
        </Typography>
      )}
    </ListItem>
  );
}

/**
 * How many of the edition's tools use each SPDX license, judged against the
 * organisation's license policy. Flagged licenses carry an icon and a label.
 * A tool is judged by its whole expression: under `A OR B` one acceptable
 * alternative is enough, under `A AND B` every part must be acceptable.
 */
export function LicensesTab(props: {
  edition: EditionResponse;
  onOpen: (toolId: string) => void;
}) {
  const { edition, onOpen } = props;
  const classes = useStyles();
  const tableText = useTableTextStyles();
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const policy = useLicensePolicy();

  const tools = edition.tools.filter(isActive);
  if (tools.length === 0) {
    return <EmptyState missing="data" title={t('page.licenses.empty')} />;
  }

  const byLicense = new Map<string, Tool[]>();
  for (const tool of tools) {
    // A dual-licensed tool counts once per license it names.
    for (const id of new Set(spdxLicenseIds(tool.license))) {
      byLicense.set(id, [...(byLicense.get(id) ?? []), tool]);
    }
  }
  const rows = [...byLicense.entries()].sort(
    (a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]),
  );
  const verdict = (id: string): Verdict => licenseVerdict(id, policy);
  const judged = new Map(
    tools.map(tool => [tool.id, judgeLicense(tool.license, policy)]),
  );
  // Flagged as a whole: `AGPL-3.0-only OR Elastic-2.0` is not, when
  // Elastic-2.0 is acceptable.
  const flaggedTools = tools.filter(
    tool => judged.get(tool.id)!.verdict === 'flagged',
  );
  const expressionTools = tools.filter(tool => judged.get(tool.id)!.compound);
  const hasPolicy = policy.allowed !== undefined || policy.flagged.size > 0;

  return (
    <>
      <Typography variant="h5" component="h2" gutterBottom>
        {t('page.licenses.title', { edition: String(edition.year) })}
      </Typography>
      <Typography variant="body2" color="textSecondary" paragraph>
        {t('page.licenses.note')}
      </Typography>
      {!hasPolicy && (
        <Typography variant="body2" paragraph data-testid="no-license-policy">
          {t('page.licenses.noPolicy')}
        </Typography>
      )}
      <TableContainer component={Paper} variant="outlined">
        <Table
          size="small"
          aria-label={t('page.licenses.title', {
            edition: String(edition.year),
          })}
          className={tableText.table}
        >
          <TableHead>
            <TableRow>
              <TableCell>{t('page.licenses.license')}</TableCell>
              <TableCell align="right" className={tableText.nowrap}>
                {t('page.licenses.tools')}
              </TableCell>
              <TableCell className={`${tableText.nowrap} ${classes.share}`}>
                {t('page.licenses.share')}
              </TableCell>
              <TableCell className={tableText.nowrap}>
                {t('page.licenses.policy')}
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map(([id, licensed]) => {
              const percent = Math.round(
                (licensed.length / tools.length) * 100,
              );
              const rowVerdict = verdict(id);
              return (
                <TableRow
                  key={id}
                  data-license={id}
                  className={
                    rowVerdict === 'flagged' ? classes.flaggedRow : undefined
                  }
                >
                  <TableCell>
                    <code className={tableText.nowrap}>{id}</code>
                    <Typography
                      variant="caption"
                      component="div"
                      className={classes.toolNames}
                    >
                      <Words
                        text={licensed.map(tool => tool.name).join(', ')}
                      />
                    </Typography>
                  </TableCell>
                  <TableCell align="right" data-testid="license-count">
                    {licensed.length}
                  </TableCell>
                  <TableCell>
                    <div
                      className={classes.barTrack}
                      role="img"
                      aria-label={t('page.licenses.shareValue', {
                        percent: String(percent),
                      })}
                    >
                      <div
                        className={classes.bar}
                        style={{ width: `${percent}%` }}
                      />
                    </div>
                    <Typography variant="caption">
                      {t('page.licenses.shareValue', {
                        percent: String(percent),
                      })}
                    </Typography>
                  </TableCell>
                  <TableCell className={tableText.nowrap}>
                    <LicensePolicyChip verdict={rowVerdict} />
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>

      {policy.flagged.size > 0 && (
        <div className={classes.section}>
          <InfoCard title={t('page.licenses.flaggedTools')}>
            {flaggedTools.length === 0 ? (
              <Typography variant="body2">
                {t('page.licenses.flaggedNone')}
              </Typography>
            ) : (
              <List dense aria-label={t('page.licenses.flaggedTools')}>
                {flaggedTools.map(tool => (
                  <ToolLicenseItem
                    key={tool.id}
                    tool={tool}
                    judged={judged.get(tool.id)!}
                    onOpen={onOpen}
                  />
                ))}
              </List>
            )}
          </InfoCard>
        </div>
      )}

      {hasPolicy && expressionTools.length > 0 && (
        <div className={classes.section}>
          <InfoCard title={t('page.licenses.expressions')}>
            <Typography variant="body2" color="textSecondary">
              {t('page.licenses.expressionsNote')}
            </Typography>
            <List dense aria-label={t('page.licenses.expressions')}>
              {expressionTools.map(tool => (
                <ToolLicenseItem
                  key={tool.id}
                  tool={tool}
                  judged={judged.get(tool.id)!}
                  onOpen={onOpen}
                />
              ))}
            </List>
          </InfoCard>
        </div>
      )}
    </>
  );
}

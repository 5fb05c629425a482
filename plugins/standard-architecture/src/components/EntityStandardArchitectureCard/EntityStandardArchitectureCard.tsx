import useAsync from 'react-use/esm/useAsync';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { usePostError } from '../usePostError';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  ErrorPanel,
  InfoCard,
  Link,
  Progress,
} from '@backstage/core-components';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import {
  ANNOTATIONS,
  BaseImageAdvice,
  RecommendationsResponse,
  ToolRecommendation,
} from '@internal/plugin-standard-architecture-common';
import { Box, Divider, List, ListItem, Typography } from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';
import { standardArchitectureApiRef } from '../../api/StandardArchitectureApi';
import { standardArchitectureTranslationRef } from '../../translation';
import { AsOf } from '../AsOf';
import { StatusChip } from '../StatusChip';
import { useBilingual } from '../useDataLanguage';

const useStyles = makeStyles(theme => ({
  item: {
    display: 'block',
    paddingLeft: 0,
    paddingRight: 0,
  },
  heading: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
  },
  passed: {
    color: theme.palette.error.main,
    fontWeight: theme.typography.fontWeightBold as number,
  },
  section: {
    marginTop: theme.spacing(2),
  },
  links: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
  },
}));

/** The entity ref of a tool entity the catalog module ingests. */
const toolEntityRef = (toolId: string) => `component:default/${toolId}`;

function ToolItem(props: {
  recommendation: ToolRecommendation;
  today: string;
}) {
  const { recommendation: r, today } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const bilingual = useBilingual();
  const targets = [
    ...(r.replacement?.tools.map(tool => tool.name) ?? []),
    ...(r.replacement?.successor ? [r.replacement.successor.name] : []),
  ];
  const passed = r.deadline !== undefined && r.deadline < today;

  return (
    <ListItem className={classes.item} data-tool={r.tool}>
      <div className={classes.heading}>
        <StatusChip status={r.status} />
        <Typography variant="subtitle1" component="span">
          <EntityRefLink entityRef={toolEntityRef(r.tool)}>
            {r.name}
          </EntityRefLink>
        </Typography>
      </div>
      {targets.length > 0 && (
        <Typography variant="body1">
          {t('moveTo', { target: targets.join(', ') })}
        </Typography>
      )}
      {r.reason && (
        <Typography variant="body2" color="textSecondary">
          {bilingual(r.reason)}
        </Typography>
      )}
      {r.deadline && (
        <Typography
          variant="body2"
          className={passed ? classes.passed : undefined}
          data-deadline-passed={passed}
        >
          {passed
            ? t('cards.service.deadlinePassed', { date: r.deadline })
            : t('cards.service.deadlineUpcoming', { date: r.deadline })}
        </Typography>
      )}
      {r.replacement &&
        (r.replacement.tools.length > 0 || r.replacement.successor) && (
          <Typography variant="body2" component="div" className={classes.links}>
            <span>{t('cards.service.replacementLinks')}:</span>
            {r.replacement.tools.map(tool => (
              <EntityRefLink key={tool.id} entityRef={toolEntityRef(tool.id)}>
                {tool.name}
              </EntityRefLink>
            ))}
            {r.replacement.successor && (
              <Link to={r.replacement.successor.url}>
                {r.replacement.successor.name}
              </Link>
            )}
          </Typography>
        )}
    </ListItem>
  );
}

function BaseImageItem(props: { advice: BaseImageAdvice }) {
  const { advice } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const bilingual = useBilingual();
  return (
    <ListItem className={classes.item} data-image={advice.image}>
      <Typography variant="subtitle1">
        <code>{advice.image}</code> → <code>{advice.recommended}</code>
      </Typography>
      <Typography variant="body2">
        {t('cards.service.replaceImage', {
          image: advice.image,
          recommended: advice.recommended,
        })}
      </Typography>
      {advice.multiStage && (
        <Typography variant="body2">{t('cards.service.multiStage')}</Typography>
      )}
      <Typography variant="body2" color="textSecondary">
        {bilingual(advice.reason)}
      </Typography>
      {advice.sizes && (
        <Typography variant="body2">
          {t('cards.service.sizes', {
            before: String(advice.sizes.beforeMb),
            after: String(advice.sizes.afterMb),
          })}
        </Typography>
      )}
    </ListItem>
  );
}

function Recommendations(props: { value: RecommendationsResponse }) {
  const { value } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(standardArchitectureTranslationRef);

  if (
    value.tools.length === 0 &&
    value.baseImages.length === 0 &&
    value.unknownBaseImages.length === 0
  ) {
    return (
      <Box data-testid="standard-architecture-empty">
        <Typography variant="body1">{t('cards.service.empty')}</Typography>
        <Typography variant="body2" color="textSecondary">
          {t('cards.service.emptyHint', { annotation: ANNOTATIONS.baseImage })}
        </Typography>
      </Box>
    );
  }

  return (
    <>
      {value.tools.length > 0 && (
        <section>
          <Typography variant="h6" component="h3">
            {t('cards.service.tools')}
          </Typography>
          <List dense disablePadding>
            {value.tools.map((r, i) => (
              <div key={r.tool}>
                {i > 0 && <Divider component="div" />}
                <ToolItem recommendation={r} today={value.today} />
              </div>
            ))}
          </List>
        </section>
      )}
      {(value.baseImages.length > 0 || value.unknownBaseImages.length > 0) && (
        <section
          className={value.tools.length > 0 ? classes.section : undefined}
        >
          <Typography variant="h6" component="h3">
            {t('cards.service.baseImages')}
          </Typography>
          <List dense disablePadding>
            {value.baseImages.map(advice => (
              <BaseImageItem key={advice.image} advice={advice} />
            ))}
          </List>
          {value.unknownBaseImages.length > 0 && (
            <Typography variant="body2" color="textSecondary">
              {t('cards.service.unknownBaseImages', {
                images: value.unknownBaseImages.join(', '),
              })}
            </Typography>
          )}
        </section>
      )}
    </>
  );
}

/**
 * What a Component or System should do about the standard tools it depends
 * on and the base images it declares.
 * @public
 */
export function EntityStandardArchitectureCard() {
  const { entity } = useEntity();
  const api = useApi(standardArchitectureApiRef);
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const entityRef = stringifyEntityRef(entity);

  const { value, loading, error } = useAsync(
    () => api.getRecommendations(entityRef),
    [api, entityRef],
  );

  usePostError(error);

  let content;
  if (loading) content = <Progress />;
  else if (error)
    content = <ErrorPanel title={t('loadFailed')} error={error} />;
  else if (value) {
    content = (
      <>
        <Recommendations value={value} />
        <Box mt={2}>
          <AsOf asOf={value.asOf} />
          {value.indexed === false && (
            <Typography variant="caption" color="textSecondary" display="block">
              {t('cards.service.notInIndex')}
            </Typography>
          )}
        </Box>
      </>
    );
  }

  return (
    <InfoCard
      title={t('cards.service.title')}
      subheader={
        value &&
        t('cards.service.subheader', {
          edition: String(value.edition),
          today: value.today,
        })
      }
    >
      {content}
    </InfoCard>
  );
}

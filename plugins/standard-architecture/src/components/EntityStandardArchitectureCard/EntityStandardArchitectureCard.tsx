import useAsync from 'react-use/esm/useAsync';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { usePostError } from '../usePostError';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { ErrorPanel, InfoCard, Progress } from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import {
  ANNOTATIONS,
  RecommendationsResponse,
} from '@k8s-standard/plugin-standard-architecture-common';
import { Box, List, Typography } from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';
import { standardArchitectureApiRef } from '../../api/StandardArchitectureApi';
import { standardArchitectureTranslationRef } from '../../translation';
import { AsOf } from '../AsOf';
import { BaseImagesSection } from './BaseImagesSection';
import { ScanStatusLine } from './ScanStatusLine';
import { ToolItem } from './ToolItem';
import { UndeclaredToolsHint } from './UndeclaredToolsHint';
import { useToolEntityRef } from '../useToolNamespace';

const useStyles = makeStyles(theme => ({
  section: {
    marginTop: theme.spacing(2),
  },
}));

function Recommendations(props: { value: RecommendationsResponse }) {
  const { value } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const toolRef = useToolEntityRef();
  // A backend from before repository scanning sends neither field.
  const usage = value.usage ?? {};
  const runtimeImages = (value.detectedBaseImages ?? []).filter(b => b.final);
  // No rule knows a distroless image because it needs no advice: not "unknown".
  const distroless = new Set(
    runtimeImages.filter(b => b.distroless).map(b => b.image),
  );
  const unknownBaseImages = value.unknownBaseImages.filter(
    image => !distroless.has(image),
  );
  const undeclared = value.tools
    .filter(r => usage[r.tool]?.detected && !usage[r.tool]?.declared)
    .map(r => ({ id: r.tool, name: r.name }));

  if (
    value.tools.length === 0 &&
    value.baseImages.length === 0 &&
    unknownBaseImages.length === 0 &&
    runtimeImages.length === 0
  ) {
    return (
      <Box data-testid="standard-architecture-empty">
        <Typography variant="body1">{t('cards.service.empty')}</Typography>
        <Typography variant="body2" color="textSecondary">
          {t('cards.service.emptyHint', {
            annotation: ANNOTATIONS.baseImage,
            example: toolRef('argo-cd'),
          })}
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
            {/* Only li children (the line is the item's border): a list stays a list for screen readers. */}
            {value.tools.map((r, i) => (
              <ToolItem
                key={r.tool}
                recommendation={r}
                usage={usage[r.tool]}
                divider={i < value.tools.length - 1}
              />
            ))}
          </List>
          <UndeclaredToolsHint tools={undeclared} />
        </section>
      )}
      {(value.baseImages.length > 0 ||
        unknownBaseImages.length > 0 ||
        runtimeImages.length > 0) && (
        <BaseImagesSection
          className={value.tools.length > 0 ? classes.section : undefined}
          advice={value.baseImages}
          unknown={unknownBaseImages}
          runtimeImages={runtimeImages}
        />
      )}
    </>
  );
}

/**
 * What a Component or System should do about the standard tools it uses
 * (declared in the catalog or found in its repository) and its base images.
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
          {value.scan && <ScanStatusLine scan={value.scan} />}
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

import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  BaseImageAdvice,
  DetectedBaseImage,
} from '@k8s-standard/plugin-standard-architecture-common';
import { List, ListItem, Typography } from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';
import { standardArchitectureTranslationRef } from '../../translation';
import { useBilingual } from '../useDataLanguage';
import { RuntimeImages } from './RuntimeImages';

const useStyles = makeStyles({
  item: {
    display: 'block',
    paddingLeft: 0,
    paddingRight: 0,
  },
});

function BaseImageItem(props: {
  advice: BaseImageAdvice;
  /** The scan found this image already at the end of a multi-stage build. */
  builtMultiStage: boolean;
}) {
  const { advice, builtMultiStage } = props;
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
      {advice.multiStage && !builtMultiStage && (
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

/**
 * Base images: the runtime images the scan found, then advice for every
 * base image (declared or found) a rule knows, then those no rule knows.
 */
export function BaseImagesSection(props: {
  advice: BaseImageAdvice[];
  /** Base images no rule knows, distroless runtime images already left out. */
  unknown: string[];
  runtimeImages: DetectedBaseImage[];
  className?: string;
}) {
  const { advice, unknown, runtimeImages, className } = props;
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const builtMultiStage = new Set(
    runtimeImages.filter(image => image.multiStage).map(image => image.image),
  );
  return (
    <section className={className}>
      <Typography variant="h6" component="h3">
        {t('cards.service.baseImages')}
      </Typography>
      <RuntimeImages images={runtimeImages} />
      <List dense disablePadding>
        {advice.map(a => (
          <BaseImageItem
            key={a.image}
            advice={a}
            builtMultiStage={builtMultiStage.has(a.image)}
          />
        ))}
      </List>
      {unknown.length > 0 && (
        <Typography variant="body2" color="textSecondary">
          {t('cards.service.unknownBaseImages', {
            images: unknown.join(', '),
          })}
        </Typography>
      )}
    </section>
  );
}

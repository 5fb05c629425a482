import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { DetectedBaseImage } from '@k8s-standard/plugin-standard-architecture-common';
import { List, ListItem, Typography } from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';
import { standardArchitectureTranslationRef } from '../../translation';

const useStyles = makeStyles(theme => ({
  item: { display: 'block', paddingLeft: 0, paddingRight: 0 },
  code: { wordBreak: 'break-all' },
  distroless: { color: theme.palette.success.main },
}));

/**
 * The runtime (final-stage) images the scan found in Dockerfiles, where, and
 * how they are built; advice for them is in the base image list.
 */
export function RuntimeImages(props: { images: DetectedBaseImage[] }) {
  const classes = useStyles();
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  if (props.images.length === 0) return null;
  return (
    <List dense disablePadding>
      {props.images.map(image => (
        <ListItem
          key={`${image.path}:${image.line}`}
          className={classes.item}
          data-runtime-image={image.image}
          data-distroless={image.distroless}
          data-multi-stage={image.multiStage}
        >
          <Typography variant="body2">
            {t('cards.service.runtimeImage.image', {
              image: <code className={classes.code}>{image.image}</code>,
            })}
          </Typography>
          <Typography variant="caption" color="textSecondary" component="div">
            <span>
              {t('cards.service.runtimeImage.at', {
                path: <code className={classes.code}>{image.path}</code>,
                line: String(image.line),
              })}
            </span>
            {image.stage && (
              <>
                {' · '}
                <span>
                  {t('cards.service.runtimeImage.stage', {
                    stage: image.stage,
                  })}
                </span>
              </>
            )}
            {' · '}
            <span className={image.distroless ? classes.distroless : undefined}>
              {image.distroless
                ? t('cards.service.runtimeImage.distroless')
                : t('cards.service.runtimeImage.notDistroless')}
            </span>
            {' · '}
            <span>
              {image.multiStage
                ? t('cards.service.runtimeImage.multiStage')
                : t('cards.service.runtimeImage.singleStage')}
            </span>
          </Typography>
        </ListItem>
      ))}
    </List>
  );
}

import { Button, ButtonGroup } from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';
import { useApi } from '@backstage/core-plugin-api';
import {
  appLanguageApiRef,
  useTranslationRef,
} from '@backstage/core-plugin-api/alpha';
import useObservable from 'react-use/esm/useObservable';
import { standardArchitectureTranslationRef } from '../translation';

const useStyles = makeStyles({
  // On the page header's dark gradient, in its white text: the chosen
  // language reads dark on white.
  button: {
    color: '#fff',
    borderColor: 'rgba(255, 255, 255, 0.8)',
    textTransform: 'none',
    whiteSpace: 'nowrap',
    '&[aria-pressed="true"], &[aria-pressed="true"]:hover': {
      backgroundColor: '#fff',
      color: 'rgba(0, 0, 0, 0.87)',
    },
  },
});

/**
 * "English | 한국어": switches the app's language from the page. Hidden when
 * the app offers a single language.
 */
export function LanguageSwitch() {
  const classes = useStyles();
  const languageApi = useApi(appLanguageApiRef);
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  const { language } = useObservable(
    languageApi.language$(),
    languageApi.getLanguage(),
  );
  const { languages } = languageApi.getAvailableLanguages();
  if (languages.length < 2) return null;
  return (
    <ButtonGroup size="small" aria-label={t('languageSwitch')}>
      {languages.map(code => (
        <Button
          key={code}
          lang={code}
          className={classes.button}
          aria-pressed={language === code}
          onClick={() => languageApi.setLanguage(code)}
        >
          {/* Each language by its own name, whatever the page's language. */}
          {code === 'en' || code === 'ko' ? t(`language.${code}`) : code}
        </Button>
      ))}
    </ButtonGroup>
  );
}

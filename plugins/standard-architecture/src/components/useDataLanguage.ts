import { useApi } from '@backstage/core-plugin-api';
import { appLanguageApiRef } from '@backstage/core-plugin-api/alpha';
import { BilingualText } from '@internal/plugin-standard-architecture-common';
import useObservable from 'react-use/esm/useObservable';

/** The language data texts show in: Korean when the app is in Korean. */
export function useDataLanguage(): 'en' | 'ko' {
  const languageApi = useApi(appLanguageApiRef);
  const { language } = useObservable(
    languageApi.language$(),
    languageApi.getLanguage(),
  );
  return language.startsWith('ko') ? 'ko' : 'en';
}

/** Picks the text in the user's language; plain text, never HTML. */
export function useBilingual(): (text?: BilingualText) => string {
  const language = useDataLanguage();
  return text => (text ? text[language] : '');
}

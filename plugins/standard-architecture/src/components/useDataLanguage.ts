import { useApi } from '@backstage/core-plugin-api';
import { appLanguageApiRef } from '@backstage/core-plugin-api/alpha';
import { BilingualText } from '@k8s-standard/plugin-standard-architecture-common';
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

/** The locale for numbers and dates in the data language. */
export function useDataLocale(): 'en-US' | 'ko-KR' {
  return useDataLanguage() === 'ko' ? 'ko-KR' : 'en-US';
}

/** Picks the text in the user's language; plain text, never HTML. */
export function useBilingual(): (text?: BilingualText) => string {
  const language = useDataLanguage();
  return text => (text ? text[language] : '');
}

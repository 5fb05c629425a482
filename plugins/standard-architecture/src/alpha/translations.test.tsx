import '@testing-library/jest-dom';
import { screen } from '@testing-library/react';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { standardArchitectureTranslationRef } from '../translation';
import {
  standardArchitectureTranslation,
  standardArchitectureTranslationsModule,
} from './translations';

/** The sidebar title, read the way the plugin's components read strings. */
const SidebarTitle = () => {
  const { t } = useTranslationRef(standardArchitectureTranslationRef);
  return <span data-testid="title">{t('sidebarTitle')}</span>;
};

/** An app whose language is Korean. */
const koreanApp = {
  app: {
    baseUrl: 'http://localhost:3000',
    extensions: [
      {
        'api:app/app-language': {
          config: { defaultLanguage: 'ko', availableLanguages: ['en', 'ko'] },
        },
      },
    ],
  },
  backend: { baseUrl: 'http://localhost:7007' },
};

describe('standardArchitectureTranslationsModule', () => {
  afterEach(() => localStorage.clear());

  it('gives a Korean app the plugin’s Korean strings', async () => {
    renderInTestApp(<SidebarTitle />, {
      config: koreanApp,
      features: [standardArchitectureTranslationsModule],
    });
    expect(await screen.findByText('K8s 표준')).toBeInTheDocument();
  });

  it('is needed: the app ignores the same translation from the plugin itself', async () => {
    const pluginWithTranslation = createFrontendPlugin({
      pluginId: 'standard-architecture',
      extensions: [standardArchitectureTranslation],
    });
    renderInTestApp(<SidebarTitle />, {
      config: koreanApp,
      features: [pluginWithTranslation],
    });
    expect(await screen.findByTestId('title')).toHaveTextContent(
      'K8s Standard',
    );
  });
});

import '@testing-library/jest-dom';
import { screen } from '@testing-library/react';
import { renderTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { standardArchitectureApiRef } from '../api/StandardArchitectureApi';
import { fakeApi } from '../components/StandardArchitecturePage/testData';
import standardArchitecturePlugin from '../alpha';

jest.setTimeout(30_000);

describe('the /alpha plugin', () => {
  it('is the default export, with the plugin id of the legacy plugin', () => {
    expect(standardArchitecturePlugin.$$type).toBe('@backstage/FrontendPlugin');
    expect(standardArchitecturePlugin.id).toBe('standard-architecture');
  });

  it('holds the page, API, cards, tab and field under stable ids', () => {
    for (const id of [
      'page:standard-architecture',
      'api:standard-architecture',
      'entity-card:standard-architecture/service',
      'entity-card:standard-architecture/group',
      'entity-content:standard-architecture/tool',
      'scaffolder-form-field:standard-architecture/standard-tool-picker',
    ] as const) {
      expect(standardArchitecturePlugin.getExtension(id)).toBeDefined();
    }
  });

  it('installed in an app, adds a sidebar entry that opens the page', async () => {
    renderTestApp({
      features: [standardArchitecturePlugin],
      apis: [[standardArchitectureApiRef, fakeApi()]],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      initialRouteEntries: ['/standard-architecture'],
    });
    expect(
      await screen.findByRole('link', { name: /K8s Standard/ }),
    ).toHaveAttribute('href', '/standard-architecture');
    expect(
      await screen.findByRole(
        'heading',
        { name: 'Kubernetes Standard Architecture' },
        { timeout: 20_000 },
      ),
    ).toBeInTheDocument();
  });
});

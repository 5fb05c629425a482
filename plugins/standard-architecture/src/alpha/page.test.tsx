import '@testing-library/jest-dom';
import { screen } from '@testing-library/react';
import { useRouteRef } from '@backstage/core-plugin-api';
import { coreExtensionData } from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { standardArchitectureApiRef } from '../api/StandardArchitectureApi';
import { fakeApi } from '../components/StandardArchitecturePage/testData';
import { rootRouteRef } from '../routes';
import { standardArchitecturePage } from './page';
import { standardArchitectureRootRouteRef } from './routes';

// The page mounts material-table and drawers; on a busy CI machine that is slow.
jest.setTimeout(30_000);

describe('standardArchitecturePage', () => {
  it('mounts at /standard-architecture with a sidebar title from the translation', () => {
    const tester = createExtensionTester(standardArchitecturePage);
    expect(tester.get(coreExtensionData.routePath)).toBe(
      '/standard-architecture',
    );
    expect(tester.get(coreExtensionData.routeRef)).toBe(
      standardArchitectureRootRouteRef,
    );
    expect(tester.get(coreExtensionData.title)).toBe('K8s Standard');
    expect(tester.get(coreExtensionData.icon)).toBeDefined();
  });

  it('renders the layered diagram of the current edition', async () => {
    const api = fakeApi();
    const tester = createExtensionTester(standardArchitecturePage);
    renderInTestApp(tester.reactElement(), {
      apis: [[standardArchitectureApiRef, api]],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    });
    expect(
      // Loaded lazily, like in the app: the first render takes a while.
      await screen.findByRole(
        'heading',
        { name: 'Kubernetes Standard Architecture' },
        { timeout: 20_000 },
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('button', { name: /^Terraform — / }),
    ).toBeInTheDocument();
    expect(api.getEdition).toHaveBeenCalledWith(2026);
  });

  it('shares its mount point with the legacy route ref', async () => {
    // A legacy component linking to the page through the legacy ref.
    const LegacyLink = () => <a href={useRouteRef(rootRouteRef)()}>page</a>;
    renderInTestApp(<LegacyLink />, {
      mountedRoutes: {
        '/standard-architecture': standardArchitectureRootRouteRef,
      },
    });
    expect(await screen.findByRole('link', { name: 'page' })).toHaveAttribute(
      'href',
      '/standard-architecture',
    );
  });
});

import '@testing-library/jest-dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { configApiRef, errorApiRef } from '@backstage/core-plugin-api';
import {
  AppLanguageApi,
  appLanguageApiRef,
  createTranslationRef,
  TranslationApi,
  translationApiRef,
} from '@backstage/core-plugin-api/alpha';
import {
  MockErrorApi,
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { EditionResponse } from '@k8s-standard/plugin-standard-architecture-common';
import {
  StandardArchitectureApi,
  standardArchitectureApiRef,
} from '../../api/StandardArchitectureApi';
import {
  standardArchitectureTranslationRef,
  standardArchitectureTranslationsKo,
} from '../../translation';
import { commonMessages, commonMessagesKo } from '../../translations/common';
import { pageMessages, pageMessagesKo } from '../../translations/page';
import { cascadedValue } from '../testCascade';
import { StandardArchitecturePage } from './StandardArchitecturePage';
import {
  adoptionResponse,
  edition2025,
  edition2026,
  fakeApi,
  LENS_LICENSE_SOURCE,
  SECTIONS,
  twoMinutesAgo,
} from './testData';

async function renderPage(
  api: StandardArchitectureApi = fakeApi(),
  options: {
    config?: object;
    language?: string;
    languages?: string[];
    setLanguage?: (language?: string) => void;
    /** Use the plugin's Korean messages, as the app does in Korean. */
    koreanMessages?: boolean;
  } = {},
) {
  const errorApi = new MockErrorApi({ collect: true });
  const language: AppLanguageApi = {
    getAvailableLanguages: () => ({
      languages: options.languages ?? ['en', 'ko'],
    }),
    getLanguage: () => ({ language: options.language ?? 'en' }),
    setLanguage: options.setLanguage ?? (() => {}),
    language$: () =>
      ({
        subscribe: () => ({ unsubscribe: () => {}, closed: false }),
        [Symbol.observable]() {
          return this;
        },
      } as any),
  };
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [standardArchitectureApiRef, api],
        [errorApiRef, errorApi],
        [configApiRef, mockApis.config({ data: options.config ?? {} })],
        [appLanguageApiRef, language],
        ...(options.koreanMessages
          ? [[translationApiRef, koreanTranslationApi()] as const]
          : []),
      ]}
    >
      <StandardArchitecturePage />
    </TestApiProvider>,
    // Owners and dependents link to their catalog pages.
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
  return { errorApi, api };
}

const escapeRegExp = (text: string) =>
  text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A tool's tile in the diagram: a button named "<tool> — <verdict>…". */
const card = (name: string) =>
  screen.findByRole('button', {
    name: new RegExp(`^${escapeRegExp(name)} — `),
  });

/** The texts of the verdict chips (and marks) in `scope`. */
const verdictsIn = (scope: ParentNode) =>
  Array.from(scope.querySelectorAll<HTMLElement>('[data-verdict]')).map(
    element => element.dataset.verdict,
  );

/** The labels of the verdict chips in `scope`. */
const verdictLabelsIn = (scope: ParentNode) =>
  Array.from(
    scope.querySelectorAll<HTMLElement>(
      '[class*="MuiChip-root"][data-verdict]',
    ),
  ).map(chip => chip.textContent);

/** The nested English messages, flattened like the Korean maps. */
function flatMessages(messages: object, prefix = ''): Array<[string, string]> {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : flatMessages(value, `${prefix}${key}.`),
  );
}

/** Flattened keys back to nested messages, as a translation ref takes them. */
function nest(flat: Record<string, string>) {
  const nested: Record<string, any> = {};
  for (const [key, value] of Object.entries(flat)) {
    const path = key.split('.');
    let node = nested;
    for (const part of path.slice(0, -1)) node = node[part] ??= {};
    node[path[path.length - 1]] = value;
  }
  return nested;
}

/**
 * The translation API of an app in Korean: the plugin's ref answers with its
 * Korean messages (interpolation and JSX values as in the app), every other
 * ref with its defaults.
 */
function koreanTranslationApi(): TranslationApi {
  const base = mockApis.translation();
  // Typed loosely: the Korean messages are the English ones' shape.
  const korean: { id: string } = (createTranslationRef as Function)({
    id: standardArchitectureTranslationRef.id,
    messages: nest(standardArchitectureTranslationsKo.messages as any),
  });
  const pick = (ref: { id: string }) =>
    (ref.id === standardArchitectureTranslationRef.id ? korean : ref) as any;
  return {
    getTranslation: ref => base.getTranslation(pick(ref)),
    translation$: ref => base.translation$(pick(ref)),
  } as TranslationApi;
}

// The page mounts material-table and drawers; on a busy CI machine that is slow.
jest.setTimeout(30_000);

describe('StandardArchitecturePage', () => {
  describe('diagram', () => {
    it('stacks the layers like the published diagram: platform services on top, infrastructure at the bottom', async () => {
      await renderPage();
      await card('Terraform');
      const layers = Array.from(
        document.querySelectorAll<HTMLElement>('[data-layer]'),
      );
      expect(layers.map(l => l.dataset.layer)).toEqual([
        'platform-services',
        'operations',
        'observability',
        'networking',
        'infrastructure',
      ]);
      expect(
        within(layers[0]).getByRole('heading', { name: 'Platform services' }),
      ).toBeInTheDocument();
      expect(
        within(layers[4]).getByRole('heading', { name: 'Infrastructure' }),
      ).toBeInTheDocument();
      // The tools sit in their own layer.
      expect(
        layers[0].querySelector('button[data-tool="strimzi"]'),
      ).not.toBeNull();
      expect(
        layers[4].querySelector('button[data-tool="terraform"]'),
      ).not.toBeNull();
    });

    it('labels each tool with its one verdict, the same as the API’s', async () => {
      await renderPage();
      await card('Terraform');
      const tile = (id: string) =>
        document.querySelector<HTMLElement>(
          `[data-diagram] button[data-tool="${id}"]`,
        )!;
      // The tile names the verdict: Ingress NGINX is past its end of life,
      // Lens was removed; each has exactly one verdict, never two.
      for (const [id, verdict] of Object.entries(edition2026.verdicts)) {
        expect(tile(id)).toHaveAttribute('data-verdict', verdict.verdict);
        expect(new Set(verdictsIn(tile(id)))).toEqual(
          new Set([verdict.verdict]),
        );
      }
      expect(edition2026.verdicts['ingress-nginx'].verdict).toBe('end-of-life');
      expect(edition2026.verdicts.lens.verdict).toBe('removed');
      expect(await card('Ingress NGINX Controller')).toHaveAccessibleName(
        /^Ingress NGINX Controller — End of life/,
      );
      expect(await card('Lens')).toHaveAccessibleName(/^Lens — Removed/);
      expect(await card('Terraform')).toHaveAccessibleName(
        /^Terraform — Recommended/,
      );
    });

    it('defaults to the current edition and switches with the Edition select', async () => {
      const api = fakeApi();
      await renderPage(api);
      const select = await screen.findByRole('combobox', { name: 'Edition' });
      expect(select).toHaveValue('2026');
      // The year once: the titles already name it.
      expect(
        within(select)
          .getAllByRole('option')
          .map(option => option.textContent),
      ).toEqual([
        'Kubernetes Standard Architecture 2026 (current)',
        'Kubernetes Standard Architecture 2025',
      ]);
      await card('Strimzi');

      await userEvent.selectOptions(select, '2025');
      await waitFor(() => expect(api.getEdition).toHaveBeenCalledWith(2025));
      const lens = await card('Lens');
      expect(lens).toHaveAttribute('data-verdict', 'recommended');
      expect(
        document.querySelector('button[data-tool="strimzi"]'),
      ).not.toBeInTheDocument();
    });

    it('filters the table view by layer, status and license', async () => {
      await renderPage();
      await card('Terraform');
      await userEvent.click(screen.getByRole('button', { name: 'Table' }));
      expect(screen.getByRole('button', { name: 'Table' })).toHaveAttribute(
        'aria-pressed',
        'true',
      );

      const rows = () =>
        screen
          .getAllByRole('row')
          .filter(row => row.closest('tbody'))
          .map(row => within(row).queryAllByRole('button')[0]?.textContent)
          .filter(Boolean);
      expect(
        await screen.findByText('Tools of the 2026 edition'),
      ).toBeInTheDocument();
      expect(rows()).toHaveLength(7);

      // Each row shows the one verdict, as the diagram does.
      const rowOf = (name: string) =>
        screen
          .getAllByRole('row')
          .find(row => within(row).queryByRole('button', { name }))!;
      expect(verdictLabelsIn(rowOf('Ingress NGINX Controller'))).toEqual([
        'End of life',
      ]);
      expect(verdictLabelsIn(rowOf('Lens'))).toEqual(['Removed']);
      expect(verdictLabelsIn(rowOf('Terraform'))).toEqual(['Recommended']);
      // The filters' labels sit above their values, never on them.
      for (const name of ['Layer', 'Status', 'License']) {
        const select = screen.getByRole('combobox', { name });
        const label = document.querySelector(`label[for="${select.id}"]`)!;
        expect(label.className).toMatch(/MuiInputLabel-shrink/);
      }
      // The table's own texts are ours, translated.
      expect(screen.getByPlaceholderText('Search tools')).toBeInTheDocument();

      await userEvent.selectOptions(
        screen.getByRole('combobox', { name: 'Layer' }),
        'networking',
      );
      await waitFor(() =>
        expect(rows()).toEqual(['Calico', 'Ingress NGINX Controller']),
      );

      // The Status filter filters by verdict.
      expect(
        within(screen.getByRole('combobox', { name: 'Status' }))
          .getAllByRole('option')
          .map(option => option.textContent),
      ).toEqual([
        'All',
        'End of life',
        'Removed',
        'Deprecated',
        'Caution',
        'Experimental',
        'Recommended',
      ]);
      await userEvent.selectOptions(
        screen.getByRole('combobox', { name: 'Status' }),
        'end-of-life',
      );
      await waitFor(() => expect(rows()).toEqual(['Ingress NGINX Controller']));

      await userEvent.selectOptions(
        screen.getByRole('combobox', { name: 'Layer' }),
        '',
      );
      await userEvent.selectOptions(
        screen.getByRole('combobox', { name: 'Status' }),
        '',
      );
      // "Apache-2.0 OR MIT" matches a filter on either license.
      await userEvent.selectOptions(
        screen.getByRole('combobox', { name: 'License' }),
        'MIT',
      );
      await waitFor(() => expect(rows()).toEqual(['Strimzi']));

      await userEvent.selectOptions(
        screen.getByRole('combobox', { name: 'License' }),
        'Apache-2.0',
      );
      await waitFor(() =>
        expect(rows()).toEqual([
          'Calico',
          'Headlamp',
          'Ingress NGINX Controller',
          'Strimzi',
        ]),
      );

      // Sortable: the Tool column starts A→Z; one click on its header reverses it.
      await userEvent.click(
        within(screen.getByRole('columnheader', { name: 'Tool' })).getAllByRole(
          'button',
        )[0],
      );
      await waitFor(() =>
        expect(rows()).toEqual([
          'Strimzi',
          'Ingress NGINX Controller',
          'Headlamp',
          'Calico',
        ]),
      );

      // A tool's name in the table opens the same details drawer.
      await userEvent.click(screen.getByRole('button', { name: 'Calico' }));
      expect(
        await screen.findByRole('dialog', { name: 'Calico' }),
      ).toBeInTheDocument();
    });
  });

  describe('tool details', () => {
    it('opens with Enter on a card and shows summary, license, stars, links, alternatives, history and dependents', async () => {
      const api = fakeApi();
      await renderPage(api);
      const terraform = await card('Terraform');
      terraform.focus();
      await userEvent.keyboard('{Enter}');

      const dialog = await screen.findByRole('dialog', { name: 'Terraform' });
      const inDialog = within(dialog);
      expect(verdictLabelsIn(dialog)).toEqual(['Recommended']);
      expect(
        inDialog.getByText(
          'Infrastructure as code that also deploys Kubernetes.',
        ),
      ).toBeInTheDocument();
      expect(inDialog.getByTestId('tool-license')).toHaveTextContent(
        'BUSL-1.1',
      );
      expect(inDialog.getByText('47,200 as of 2025-12-18')).toBeInTheDocument();
      expect(
        inDialog.getByRole('link', { name: /^hashicorp\/terraform/ }),
      ).toHaveAttribute('href', 'https://github.com/hashicorp/terraform');
      expect(
        inDialog.getByRole('link', { name: 'Open in the catalog' }),
      ).toHaveAttribute('href', '/catalog/default/component/terraform');
      expect(inDialog.getByText('OpenTofu')).toBeInTheDocument();
      expect(
        inDialog.getByText(
          'Nothing changes for ordinary users, so the proven tool stays.',
        ),
      ).toBeInTheDocument();

      // History: one row per edition, oldest first, fetched for every year.
      const history = await inDialog.findByRole('table', {
        name: 'History across editions',
      });
      await waitFor(() =>
        expect(
          within(history)
            .getAllByRole('row')
            .slice(1)
            .map(r => r.getAttribute('data-year')),
        ).toEqual(['2025', '2026']),
      );
      expect(api.getEdition).toHaveBeenCalledWith(2025);
      // Each edition's status, under its own column, as an outlined chip.
      expect(
        within(history).getByRole('columnheader', { name: 'In that edition' }),
      ).toBeInTheDocument();
      const [row2025] = within(history).getAllByRole('row').slice(1);
      expect(within(row2025).getByText('Kept')).toHaveAttribute(
        'class',
        expect.stringMatching(/MuiChip-label/),
      );
      expect(
        row2025.querySelector('[data-edition-status="kept"]')!.className,
      ).toMatch(/MuiChip-outlined/);
      expect(history.querySelector('[data-verdict]')).toBeNull();
      expect(within(row2025).getByText('BUSL-1.1')).toBeInTheDocument();
      expect(
        within(row2025).getByText('Infrastructure / Cluster provisioning'),
      ).toBeInTheDocument();

      // Dependents: the counts by owner the page already has, by owner name…
      expect(inDialog.getByText('5 entities depend on it')).toBeInTheDocument();
      const owners = inDialog.getByRole('list', {
        name: 'Dependents by owner',
      });
      expect(
        within(owners).getByRole('link', { name: 'team-a' }),
      ).toHaveAttribute('href', '/catalog/default/group/team-a');
      expect(owners).toHaveTextContent('team-a (4)');
      expect(owners).not.toHaveTextContent('group:default');
      // …then the entities, one page per request, with the index's freshness.
      const dependents = await inDialog.findByRole('table', {
        name: 'Who depends on it',
      });
      expect(api.getToolDependents).toHaveBeenCalledTimes(1);
      expect(api.getToolDependents).toHaveBeenCalledWith('terraform', {
        owner: undefined,
        limit: 50,
        cursor: undefined,
      });
      const entityRefs = () =>
        within(dependents)
          .getAllByRole('row')
          .slice(1)
          .map(r => r.getAttribute('data-entity-ref'));
      expect(entityRefs()).toEqual([
        'component:default/payments',
        'component:default/checkout',
      ]);
      expect(inDialog.getByText('Showing 2 of 5')).toBeInTheDocument();
      expect(inDialog.getByText('as of 2 minutes ago')).toBeInTheDocument();

      await userEvent.click(
        inDialog.getByRole('button', { name: 'Load more' }),
      );
      await waitFor(() => expect(entityRefs()).toHaveLength(4));
      expect(api.getToolDependents).toHaveBeenLastCalledWith('terraform', {
        owner: undefined,
        limit: 50,
        cursor: '2',
      });
      await userEvent.click(
        inDialog.getByRole('button', { name: 'Load more' }),
      );
      await waitFor(() => expect(entityRefs()).toHaveLength(5));
      expect(api.getToolDependents).toHaveBeenCalledTimes(3);
      expect(inDialog.getByText('Showing 5 of 5')).toBeInTheDocument();
      // The last page has no cursor: nothing more to load.
      expect(
        inDialog.queryByRole('button', { name: 'Load more' }),
      ).not.toBeInTheDocument();

      await userEvent.click(inDialog.getByRole('button', { name: 'Close' }));
      await waitFor(() =>
        expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
      );
    });

    it('shows the replacement of a removed tool and its status in each edition', async () => {
      await renderPage();
      await userEvent.click(await card('Lens'));
      const lensDialog = await screen.findByRole('dialog', { name: 'Lens' });
      const dialog = within(lensDialog);
      // Removed, one verdict; the default migration window gives a deadline.
      expect(verdictLabelsIn(lensDialog)).toEqual(['Removed']);
      expect(
        dialog.getByText('Deadline 2026-12-18 (default migration window)'),
      ).toHaveAttribute('data-deadline-source', 'default');
      expect(dialog.queryByText('No published deadline')).toBeNull();
      expect(dialog.getByText('Replaced by')).toBeInTheDocument();
      expect(dialog.getByRole('link', { name: 'Headlamp' })).toHaveAttribute(
        'href',
        '/catalog/default/component/headlamp',
      );
      const history = await dialog.findByRole('table', {
        name: 'History across editions',
      });
      await waitFor(() =>
        expect(within(history).getByText('Removed')).toBeInTheDocument(),
      );
      expect(
        within(history).getByText(
          'Dropped because its source has been closed since February 2024.',
        ),
      ).toBeInTheDocument();
      // The entities that still use it, and who owns them.
      const dependents = await dialog.findByRole('table', {
        name: 'Who depends on it',
      });
      expect(
        within(dependents).getByRole('link', { name: 'ops-console' }),
      ).toHaveAttribute('href', '/catalog/default/component/ops-console');
      expect(within(dependents).getByText('Unknown owner')).toBeInTheDocument();
    });

    it('names the entities that still depend on a caution tool, and its successor', async () => {
      await renderPage();
      await userEvent.click(await card('Ingress NGINX Controller'));
      const ingressDialog = await screen.findByRole('dialog', {
        name: 'Ingress NGINX Controller',
      });
      const dialog = within(ingressDialog);
      // Past March 2026: "End of life" alone, and the deadline passed, in red.
      expect(verdictLabelsIn(ingressDialog)).toEqual(['End of life']);
      const passed = dialog.getByText(
        'Deadline passed: March 2026 (from the standard)',
      );
      expect(passed).toHaveAttribute('data-overdue', 'true');
      expect(passed).toHaveStyle({ color: '#c62828' });
      expect(ingressDialog).not.toHaveTextContent('(passed)');
      expect(
        dialog.getByRole('link', { name: /^Gateway API/ }),
      ).toHaveAttribute('href', 'https://gateway-api.sigs.k8s.io/');
      // The reason shows under "Why this status" and again in the 2026 history row.
      expect(
        dialog.getByRole('heading', { name: 'Why this status' }),
      ).toBeInTheDocument();
      expect(
        dialog.getAllByText('Its retirement was announced in November 2025.'),
      ).toHaveLength(2);
      expect(dialog.getByText('3 entities depend on it')).toBeInTheDocument();
      const dependents = await dialog.findByRole('table', {
        name: 'Who depends on it',
      });
      const payments = within(dependents).getByRole('link', {
        name: 'Payments',
      });
      expect(payments).toHaveAttribute(
        'href',
        '/catalog/default/component/payments',
      );
      // How each usage is known, as a small label.
      expect(
        payments.closest('tr')!.querySelector('[data-usage]'),
      ).toHaveTextContent('declared');
      const checkout = within(dependents)
        .getByRole('link', { name: 'checkout' })
        .closest('tr')!;
      expect(checkout.querySelector('[data-usage]')).toHaveTextContent(
        'declared · detected',
      );
      await userEvent.click(dialog.getByRole('button', { name: 'Load more' }));
      expect(
        await within(dependents).findByRole('link', {
          name: /catalog-web/,
        }),
      ).toHaveAttribute('href', '/catalog/shop/component/catalog-web');
      expect(
        within(dependents)
          .getByRole('link', { name: /catalog-web/ })
          .closest('tr')!
          .querySelector('[data-usage]'),
      ).toHaveTextContent(/^detected$/);
    });

    it('shows data texts in Korean when the app language is Korean', async () => {
      await renderPage(fakeApi(), { language: 'ko' });
      const terraform = await card('Terraform');
      expect(
        within(
          document.querySelector<HTMLElement>('[data-layer="infrastructure"]')!,
        ).getByText('클러스터 프로비저닝'),
      ).toBeInTheDocument();
      await userEvent.click(terraform);
      const dialog = within(
        await screen.findByRole('dialog', { name: 'Terraform' }),
      );
      expect(dialog.getByTestId('tool-summary')).toHaveTextContent(
        '코드로 인프라를 정의합니다.',
      );
      expect(dialog.getByText('테라폼')).toBeInTheDocument();
    });

    it('shows HTML in a summary as literal text, never as markup', async () => {
      const html = '<b>x</b>';
      const withHtml: EditionResponse = {
        ...edition2026,
        tools: edition2026.tools.map(t =>
          t.id === 'calico' ? { ...t, summary: { en: html, ko: html } } : t,
        ),
      };
      await renderPage(fakeApi({}, [edition2025, withHtml]));
      await userEvent.click(await card('Calico'));
      const dialog = await screen.findByRole('dialog', { name: 'Calico' });
      expect(within(dialog).getByTestId('tool-summary')).toHaveTextContent(
        html,
      );
      expect(within(dialog).getByText(html)).toBeInTheDocument();
      expect(dialog.querySelector('b')).toBeNull();
      expect(document.querySelector('b')).toBeNull();
    });
  });

  describe('sources of the facts', () => {
    /** The "source" link of one fact, checked to open safely in a new tab. */
    const sourceLink = (dialog: HTMLElement, fact: string) => {
      const link = within(dialog).getByRole('link', {
        name: `Source of ${fact}`,
      });
      expect(link).toHaveTextContent(/^source$/);
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      return link;
    };

    it('links each fact of a caution tool to its section of the edition’s article, and says its month of end of life', async () => {
      await renderPage();
      await userEvent.click(await card('Ingress NGINX Controller'));
      const dialog = await screen.findByRole('dialog', {
        name: 'Ingress NGINX Controller',
      });
      // `2026-03`: the announcement gives only the month.
      expect(dialog.querySelector('[data-end-of-life]')).toHaveTextContent(
        /^End of life: March 2026source$/,
      );
      for (const fact of [
        'the status',
        'the license',
        'the star count',
        'the successor',
        'the end of life',
      ]) {
        const link = sourceLink(dialog, fact);
        expect(link).toHaveAttribute(
          'href',
          'https://yozm.wishket.com/magazine/detail/3510/',
        );
        expect(link).toHaveAttribute(
          'title',
          `Article, section “${SECTIONS.ingress}”`,
        );
      }
      // No replacement tool, so no source for one.
      expect(
        within(dialog).queryByRole('link', {
          name: 'Source of the replacement',
        }),
      ).not.toBeInTheDocument();
      // The source sits beside its fact.
      expect(
        within(dialog)
          .getByTestId('tool-license')
          .closest('dd')!
          .querySelector('[data-fact-source="license"]'),
      ).not.toBeNull();
    });

    it('links a fact checked elsewhere to that page, with the day and the note', async () => {
      await renderPage();
      await userEvent.click(await card('Lens'));
      const dialog = await screen.findByRole('dialog', { name: 'Lens' });
      const license = sourceLink(dialog, 'the license');
      expect(license).toHaveAttribute('href', LENS_LICENSE_SOURCE.url);
      expect(license).toHaveAttribute(
        'title',
        `checked 2026-12-03: ${LENS_LICENSE_SOURCE.note}`,
      );
      expect(sourceLink(dialog, 'the replacement')).toHaveAttribute(
        'title',
        `Article, section “${SECTIONS.ide}”`,
      );
      // No star count recorded: no source either.
      expect(
        within(dialog).queryByRole('link', {
          name: 'Source of the star count',
        }),
      ).not.toBeInTheDocument();
    });

    it('shows what a tool replaces, with its source', async () => {
      await renderPage();
      await userEvent.click(await card('Headlamp'));
      const dialog = await screen.findByRole('dialog', { name: 'Headlamp' });
      expect(within(dialog).getByText('Replaces')).toBeInTheDocument();
      expect(
        within(dialog).getByRole('link', { name: 'Lens' }),
      ).toHaveAttribute('href', '/catalog/default/component/lens');
      expect(sourceLink(dialog, 'what it replaces')).toHaveAttribute(
        'title',
        `Article, section “${SECTIONS.ide}”`,
      );
    });

    it('links to the article of the edition shown', async () => {
      await renderPage();
      await userEvent.selectOptions(
        await screen.findByRole('combobox', { name: 'Edition' }),
        '2025',
      );
      await userEvent.click(await card('Calico'));
      const dialog = await screen.findByRole('dialog', { name: 'Calico' });
      const status = sourceLink(dialog, 'the status');
      expect(status).toHaveAttribute(
        'href',
        'https://yozm.wishket.com/magazine/detail/2900/',
      );
      expect(status).toHaveAttribute(
        'title',
        `Article, section “${SECTIONS.cni2025}”`,
      );
    });

    it('says the month of end of life in Korean when the app is in Korean', async () => {
      await renderPage(fakeApi(), { language: 'ko' });
      await userEvent.click(await card('Ingress NGINX Controller'));
      const dialog = await screen.findByRole('dialog', {
        name: 'Ingress NGINX Controller',
      });
      expect(dialog.querySelector('[data-end-of-life]')).toHaveTextContent(
        '2026년 3월',
      );
    });

    it('shows markup in a section heading as text, never as HTML', async () => {
      const html = '<img src=x onerror="alert(1)">';
      const withHtml: EditionResponse = {
        ...edition2026,
        tools: edition2026.tools.map(t =>
          t.id === 'calico'
            ? { ...t, sources: { ...t.sources, status: { section: html } } }
            : t,
        ),
      };
      await renderPage(fakeApi({}, [edition2025, withHtml]));
      await userEvent.click(await card('Calico'));
      const dialog = await screen.findByRole('dialog', { name: 'Calico' });
      expect(sourceLink(dialog, 'the status')).toHaveAttribute(
        'title',
        `Article, section “${html}”`,
      );
      expect(dialog.querySelector('img')).toBeNull();
    });
  });

  describe('namespace of the tool entities', () => {
    const config = {
      standardArchitecture: { entityNamespace: 'k8s-standard' },
    };

    it('links the tools to their entities in the configured namespace', async () => {
      await renderPage(fakeApi(), { config });
      await userEvent.click(await card('Lens'));
      const dialog = await screen.findByRole('dialog', { name: 'Lens' });
      expect(
        within(dialog).getByRole('link', { name: 'Open in the catalog' }),
      ).toHaveAttribute('href', '/catalog/k8s-standard/component/lens');
      expect(
        within(dialog).getByRole('link', { name: 'Headlamp' }),
      ).toHaveAttribute('href', '/catalog/k8s-standard/component/headlamp');
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Close' }),
      );
      await waitFor(() =>
        expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
      );

      await userEvent.click(screen.getByRole('tab', { name: 'Changes' }));
      const caution = await screen.findByRole('region', { name: /^Caution/ });
      expect(
        within(caution).getByRole('link', { name: 'Ingress NGINX Controller' }),
      ).toHaveAttribute(
        'href',
        '/catalog/k8s-standard/component/ingress-nginx',
      );

      await userEvent.click(screen.getByRole('tab', { name: 'Adoption' }));
      const ranking = await screen.findByRole('table', {
        name: 'Tools by number of dependents',
      });
      expect(
        within(ranking).getByRole('link', { name: 'Terraform' }),
      ).toHaveAttribute('href', '/catalog/k8s-standard/component/terraform');
    });

    it('gives the example dependsOn line in the configured namespace', async () => {
      await renderPage(
        fakeApi({
          getAdoption: jest.fn(async () => ({
            ...adoptionResponse,
            tools: [],
          })),
        }),
        { config },
      );
      await userEvent.click(
        await screen.findByRole('tab', { name: 'Adoption' }),
      );
      expect(
        await screen.findByText(
          'Entities show up here once they list tools in spec.dependsOn, for example component:k8s-standard/argo-cd.',
        ),
      ).toBeInTheDocument();
    });
  });

  describe('changes', () => {
    it('says the month of an end of life given only as a month', async () => {
      await renderPage();
      await userEvent.click(
        await screen.findByRole('tab', { name: 'Changes' }),
      );
      const caution = await screen.findByRole('region', { name: /^Caution/ });
      expect(
        within(caution).getByText('End of life: March 2026'),
      ).toHaveAttribute('data-end-of-life', '2026-03');
    });

    it('compares the previous edition with the current one by default, with reasons', async () => {
      const api = fakeApi();
      await renderPage(api);
      await userEvent.click(
        await screen.findByRole('tab', { name: 'Changes' }),
      );
      expect(screen.getByRole('tab', { name: 'Changes' })).toHaveAttribute(
        'aria-selected',
        'true',
      );

      expect(
        await screen.findByText('Changes from the 2025 to the 2026 edition'),
      ).toBeInTheDocument();
      expect(api.getDiff).toHaveBeenCalledWith(2025, 2026);
      expect(screen.getByRole('combobox', { name: 'From' })).toHaveValue(
        '2025',
      );
      expect(screen.getByRole('combobox', { name: 'To' })).toHaveValue('2026');

      const group = (name: RegExp) =>
        within(screen.getByRole('region', { name }));
      expect(group(/^Added \(2\)/).getByText('Strimzi')).toBeInTheDocument();
      expect(
        group(/^Added/).getByText(
          'Runs Kafka on Kubernetes for the new data pipeline.',
        ),
      ).toBeInTheDocument();
      expect(group(/^Added/).getByText('Tempo')).toBeInTheDocument();
      expect(group(/^Removed \(1\)/).getByText('Lens')).toBeInTheDocument();
      expect(
        group(/^Removed/).getByText(
          'Dropped because its source has been closed since February 2024.',
        ),
      ).toBeInTheDocument();
      expect(group(/^Changed \(1\)/).getByText('Headlamp')).toBeInTheDocument();
      // Replacements by name, from the editions, not by id.
      expect(group(/^Changed/).getByText('Replaces: Lens')).toBeInTheDocument();
      expect(
        group(/^Removed/).getByText('Replaced by: Headlamp'),
      ).toBeInTheDocument();
      expect(
        group(/^Caution \(1\)/).getByText('Ingress NGINX Controller'),
      ).toBeInTheDocument();
      expect(
        group(/^Caution/).getByText(
          'Its retirement was announced in November 2025.',
        ),
      ).toBeInTheDocument();
      // Each group heading has an icon next to its label.
      expect(
        screen
          .getByRole('heading', { name: /^Caution \(1\)/ })
          .querySelector('svg'),
      ).not.toBeNull();
    });

    it('shows the id of a replacement that no edition names', async () => {
      const api = fakeApi({
        getDiff: jest.fn(async () => ({
          from: 2025,
          to: 2026,
          added: [],
          removed: [
            { tool: 'lens', name: 'Lens', year: 2026, replacedBy: ['k9s'] },
          ],
          changed: [],
          caution: [],
        })),
      });
      await renderPage(api);
      await userEvent.click(
        await screen.findByRole('tab', { name: 'Changes' }),
      );
      expect(await screen.findByText('Replaced by: k9s')).toBeInTheDocument();
    });

    it('compares any two editions and says when there is no difference', async () => {
      const api = fakeApi();
      await renderPage(api);
      await userEvent.click(
        await screen.findByRole('tab', { name: 'Changes' }),
      );
      await screen.findByText('Changes from the 2025 to the 2026 edition');

      await userEvent.selectOptions(
        screen.getByRole('combobox', { name: 'From' }),
        '2026',
      );
      await waitFor(() =>
        expect(api.getDiff).toHaveBeenLastCalledWith(2026, 2026),
      );
      expect(
        await screen.findByText('No differences between 2026 and 2026'),
      ).toBeInTheDocument();

      await userEvent.selectOptions(
        screen.getByRole('combobox', { name: 'To' }),
        '2025',
      );
      await waitFor(() =>
        expect(api.getDiff).toHaveBeenLastCalledWith(2026, 2025),
      );
      // Backwards, Strimzi was never in 2025: it is among the removed.
      expect(
        within(
          await screen.findByRole('region', { name: /^Removed/ }),
        ).getByText('Strimzi'),
      ).toBeInTheDocument();
    });
  });

  describe('adoption', () => {
    const openAdoption = async () => {
      await userEvent.click(
        await screen.findByRole('tab', { name: 'Adoption' }),
      );
      return screen.findByRole('table', {
        name: 'Tools by number of dependents',
      });
    };

    it('loads only the counts: one /adoption request and no dependents until asked', async () => {
      const api = fakeApi();
      await renderPage(api);
      await card('Terraform');
      await openAdoption();
      expect(api.getAdoption).toHaveBeenCalledTimes(1);
      expect(api.getToolDependents).not.toHaveBeenCalled();
      expect(api.getGroupReport).not.toHaveBeenCalled();
    });

    it('shows the freshness, the totals per status and tools ranked by dependents with their owners by name', async () => {
      await renderPage();
      const ranking = await openAdoption();
      expect(screen.getByText('as of 2 minutes ago')).toBeInTheDocument();
      expect(
        screen.getByText('9 entities in the usage index'),
      ).toBeInTheDocument();

      const totals = screen.getByRole('table', {
        name: 'Dependencies per status',
      });
      // Per verdict, most urgent first, each by its verdict chip.
      const totalRows = Array.from(
        totals.querySelectorAll<HTMLElement>('tr[data-verdict-total]'),
      );
      expect(
        totalRows.map(row => [
          verdictLabelsIn(row)[0],
          row.querySelectorAll('td')[1].textContent,
        ]),
      ).toEqual([
        ['End of life', '3'],
        ['Removed', '1'],
        ['Deprecated', '0'],
        ['Caution', '0'],
        ['Experimental', '0'],
        ['Recommended', '7'],
      ]);

      const rows = within(ranking)
        .getAllByRole('row')
        .filter(r => r.hasAttribute('data-tool'));
      expect(rows.map(r => r.getAttribute('data-tool'))).toEqual([
        'terraform',
        'ingress-nginx',
        'calico',
        'lens',
      ]);
      expect(rows.map(row => verdictLabelsIn(row))).toEqual([
        ['Recommended'],
        ['End of life'],
        ['Recommended'],
        ['Removed'],
      ]);
      expect(within(rows[0]).getByText('5')).toBeInTheDocument();
      expect(
        within(rows[0]).getByRole('link', { name: 'Terraform' }),
      ).toHaveAttribute('href', '/catalog/default/component/terraform');
      // Owners by name, linked, never as raw entity refs.
      expect(
        within(rows[0]).getByRole('link', { name: 'team-a' }),
      ).toHaveAttribute('href', '/catalog/default/group/team-a');
      expect(rows[0]).toHaveTextContent('team-a (4)');
      expect(rows[3]).toHaveTextContent('Unknown owner (1)');
      expect(ranking).not.toHaveTextContent('group:default/');
    });

    it('lists the at-risk tools in use with their verdict, deadline, replacement and teams', async () => {
      await renderPage();
      await openAdoption();
      const atRisk = Array.from(
        document.querySelectorAll<HTMLElement>(
          '[data-tool][class*="MuiPaper-root"]',
        ),
      );
      // Earliest deadline first; a tool without one after.
      expect(atRisk.map(c => c.dataset.tool)).toEqual([
        'ingress-nginx',
        'lens',
      ]);
      const [ingress, lens] = atRisk.map(c => within(c));
      expect(verdictLabelsIn(atRisk[0])).toEqual(['End of life']);
      // The announcement gives a month: it reads as one, passed, in red.
      expect(
        ingress.getByText('Deadline passed: March 2026 (from the standard)'),
      ).toHaveStyle({ color: '#c62828' });
      expect(ingress.getByText('Move to Gateway API')).toBeInTheDocument();
      const teams = ingress.getByRole('table', {
        name: 'Teams that use Ingress NGINX Controller',
      });
      expect(
        within(teams)
          .getAllByRole('row')
          .slice(1)
          .map(r => r.getAttribute('data-owner')),
      ).toEqual(['group:default/team-a', 'group:default/team-b']);
      expect(
        within(teams).getByRole('link', { name: 'team-a' }),
      ).toHaveAttribute('href', '/catalog/default/group/team-a');
      expect(verdictLabelsIn(atRisk[1])).toEqual(['Removed']);
      expect(
        lens.getByText('Deadline 2026-12-18 (default migration window)'),
      ).toBeInTheDocument();
      expect(lens.queryByText('No published deadline')).toBeNull();
      expect(lens.getByText('Move to Headlamp')).toBeInTheDocument();
      expect(lens.getByText('Unknown owner')).toBeInTheDocument();
      // An unknown owner cannot filter the dependents: nothing to expand.
      expect(lens.queryByRole('button')).not.toBeInTheDocument();
    });

    it('pages through a tool’s dependents when its row is expanded', async () => {
      const api = fakeApi();
      await renderPage(api);
      await openAdoption();
      const toggle = screen.getByRole('button', {
        name: 'Dependents of Terraform',
      });
      expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await userEvent.click(toggle);
      expect(toggle).toHaveAttribute('aria-expanded', 'true');
      const dependents = await screen.findByRole('table', {
        name: 'Dependents of Terraform',
      });
      expect(api.getToolDependents).toHaveBeenCalledTimes(1);
      expect(api.getToolDependents).toHaveBeenCalledWith('terraform', {
        owner: undefined,
        limit: 50,
        cursor: undefined,
      });
      expect(
        within(dependents).getByRole('link', { name: 'Payments' }),
      ).toBeInTheDocument();
      expect(screen.getByText('Showing 2 of 5')).toBeInTheDocument();

      await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
      await waitFor(() =>
        expect(screen.getByText('Showing 4 of 5')).toBeInTheDocument(),
      );
      expect(api.getToolDependents).toHaveBeenCalledTimes(2);
      expect(api.getToolDependents).toHaveBeenLastCalledWith('terraform', {
        owner: undefined,
        limit: 50,
        cursor: '2',
      });

      // Collapsing and expanding again starts over from the first page.
      await userEvent.click(toggle);
      expect(
        screen.queryByRole('table', { name: 'Dependents of Terraform' }),
      ).not.toBeInTheDocument();
    });

    it('shows one team’s entities using an at-risk tool, filtered by owner', async () => {
      const api = fakeApi();
      await renderPage(api);
      await openAdoption();
      await userEvent.click(
        screen.getByRole('button', {
          name: 'Entities of team-a that use Ingress NGINX Controller',
        }),
      );
      const entities = await screen.findByRole('table', {
        name: 'Entities of team-a that use Ingress NGINX Controller',
      });
      expect(api.getToolDependents).toHaveBeenCalledWith('ingress-nginx', {
        owner: 'group:default/team-a',
        limit: 50,
        cursor: undefined,
      });
      expect(
        within(entities)
          .getAllByRole('row')
          .slice(1)
          .map(r => r.getAttribute('data-entity-ref')),
      ).toEqual(['component:default/payments', 'component:default/checkout']);
      // Already one team's: no owner column.
      expect(
        within(entities).queryByRole('columnheader', { name: 'Owner' }),
      ).not.toBeInTheDocument();
    });

    it('says the index has not been built yet before the first sync', async () => {
      await renderPage(
        fakeApi({
          getAdoption: jest.fn(async () => ({
            edition: 2026,
            entities: 0,
            byStatus: {
              recommended: 0,
              experimental: 0,
              caution: 0,
              deprecated: 0,
            },
            tools: [],
          })),
        }),
      );
      await userEvent.click(
        await screen.findByRole('tab', { name: 'Adoption' }),
      );
      expect(
        await screen.findByText(
          'No entity in the catalog depends on a tool of the standard',
        ),
      ).toBeInTheDocument();
      expect(screen.getByText('not indexed yet')).toBeInTheDocument();
    });

    it('shows an empty state when nothing depends on the standard', async () => {
      await renderPage(
        fakeApi({
          getAdoption: jest.fn(async () => ({
            ...adoptionResponse,
            asOf: twoMinutesAgo(),
            byStatus: {
              recommended: 0,
              experimental: 0,
              caution: 0,
              deprecated: 0,
            },
            tools: adoptionResponse.tools.map(tool => ({
              ...tool,
              dependents: 0,
              byOwner: {},
            })),
          })),
        }),
      );
      await userEvent.click(
        await screen.findByRole('tab', { name: 'Adoption' }),
      );
      expect(
        await screen.findByText(
          'No entity in the catalog depends on a tool of the standard',
        ),
      ).toBeInTheDocument();
      expect(screen.getByText('as of 2 minutes ago')).toBeInTheDocument();
    });
  });

  describe('licenses', () => {
    it('counts tools per SPDX license and flags the licenses the policy flags', async () => {
      await renderPage(fakeApi(), {
        config: {
          standardArchitecture: {
            licensePolicy: {
              allowed: ['Apache-2.0', 'MIT'],
              flagged: ['AGPL-3.0-only', 'BUSL-1.1'],
            },
          },
        },
      });
      await userEvent.click(
        await screen.findByRole('tab', { name: 'Licenses' }),
      );
      const table = await screen.findByRole('table', {
        name: 'Licenses in the 2026 edition',
      });
      const row = (id: string) =>
        table.querySelector<HTMLElement>(`[data-license="${id}"]`)!;
      // Removed Lens is not counted; Strimzi counts for Apache-2.0 and MIT.
      expect(
        within(row('Apache-2.0')).getByTestId('license-count'),
      ).toHaveTextContent('4');
      expect(within(row('MIT')).getByTestId('license-count')).toHaveTextContent(
        '1',
      );
      expect(
        table.querySelector('[data-license="LicenseRef-Lens-Proprietary"]'),
      ).toBeNull();
      expect(within(row('BUSL-1.1')).getByText('Flagged')).toBeInTheDocument();
      expect(
        within(row('AGPL-3.0-only')).getByText('Flagged'),
      ).toBeInTheDocument();
      expect(
        within(row('Apache-2.0')).getByText('Allowed'),
      ).toBeInTheDocument();
      expect(
        within(row('BUSL-1.1'))
          .getByText('Flagged')
          .closest('[class*="MuiChip-root"]')!
          .querySelector('svg'),
      ).not.toBeNull();

      const flagged = screen.getByRole('list', {
        name: 'Tools under a flagged license',
      });
      expect(
        within(flagged)
          .getAllByRole('button')
          .map(b => b.textContent),
      ).toEqual(['Terraform', 'Tempo']);
      await userEvent.click(
        within(flagged).getByRole('button', { name: 'Tempo' }),
      );
      expect(
        await screen.findByRole('dialog', { name: 'Tempo' }),
      ).toBeInTheDocument();
    });

    it('says when no license policy is configured', async () => {
      await renderPage();
      await userEvent.click(
        await screen.findByRole('tab', { name: 'Licenses' }),
      );
      expect(
        await screen.findByTestId('no-license-policy'),
      ).toBeInTheDocument();
      expect(screen.queryByText('Flagged')).not.toBeInTheDocument();
      expect(screen.getAllByText('No policy').length).toBeGreaterThan(0);
    });
  });

  describe('failures and empty states', () => {
    it('posts a failure to load the editions to the error API and shows an error panel', async () => {
      const { errorApi } = await renderPage(
        fakeApi({
          getEditions: jest.fn(async () => {
            throw new Error('backend down');
          }),
        }),
      );
      expect(
        await screen.findByText(
          /Could not load the Kubernetes Standard Architecture/,
        ),
      ).toBeInTheDocument();
      await waitFor(() =>
        expect(errorApi.getErrors().map(e => e.error.message)).toEqual([
          'backend down',
        ]),
      );
    });

    it('still draws the diagram when adoption fails, and reports the failure', async () => {
      const { errorApi } = await renderPage(
        fakeApi({
          getAdoption: jest.fn(async () => {
            throw new Error('catalog unavailable');
          }),
        }),
      );
      const terraform = await card('Terraform');
      expect(
        await screen.findByText(/Dependent counts could not be loaded/),
      ).toBeInTheDocument();
      // No count rather than a misleading zero.
      expect(
        within(terraform).queryByText(/dependent/),
      ).not.toBeInTheDocument();
      await waitFor(() =>
        expect(errorApi.getErrors().map(e => e.error.message)).toEqual([
          'catalog unavailable',
        ]),
      );
    });

    it('shows an empty state when no edition is loaded', async () => {
      await renderPage(
        fakeApi({
          getEditions: jest.fn(async () => ({
            current: 2026,
            contentHash: 'sha256:e3b0c44298fc',
            items: [],
          })),
        }),
      );
      expect(
        await screen.findByText('No edition of the standard is loaded'),
      ).toBeInTheDocument();
      expect(screen.queryByRole('tab')).not.toBeInTheDocument();
    });

    it('shows an empty state for an edition without tools', async () => {
      const empty: EditionResponse = {
        ...edition2026,
        tools: [],
        lifecycles: {},
      };
      await renderPage(fakeApi({}, [empty]));
      expect(
        await screen.findByText('This edition lists no tools'),
      ).toBeInTheDocument();
      expect(
        screen.queryByRole('button', { name: 'Terraform' }),
      ).not.toBeInTheDocument();
    });
  });

  describe('names, not refs', () => {
    /** Attributes a person reads or hears: text is checked separately. */
    const HUMAN_ATTRIBUTES = ['aria-label', 'title', 'alt', 'placeholder'];
    const refsShown = (root: HTMLElement) => {
      const found: string[] = [];
      if (/\b(group|user|component):[\w-]+\//.test(root.textContent ?? '')) {
        found.push(`text: ${root.textContent}`);
      }
      for (const element of Array.from(root.querySelectorAll('*'))) {
        for (const name of HUMAN_ATTRIBUTES) {
          const value = element.getAttribute(name);
          if (value && /\b(group|user|component):[\w-]+\//.test(value)) {
            found.push(`${name}="${value}"`);
          }
        }
      }
      return found;
    };

    it('shows owners and entities by name in Adoption and in the drawer, never as entity refs', async () => {
      await renderPage();
      await userEvent.click(await card('Ingress NGINX Controller'));
      const dialog = await screen.findByRole('dialog', {
        name: 'Ingress NGINX Controller',
      });
      await within(dialog).findByRole('table', { name: 'Who depends on it' });
      expect(refsShown(dialog)).toEqual([]);
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Close' }),
      );
      await waitFor(() =>
        expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
      );

      await userEvent.click(screen.getByRole('tab', { name: 'Adoption' }));
      await screen.findByRole('table', {
        name: 'Tools by number of dependents',
      });
      await userEvent.click(
        screen.getByRole('button', {
          name: 'Entities of team-a that use Ingress NGINX Controller',
        }),
      );
      await screen.findByRole('table', {
        name: 'Entities of team-a that use Ingress NGINX Controller',
      });
      expect(refsShown(document.querySelector('main')!)).toEqual([]);
    });
  });

  describe('layout', () => {
    it('keeps every word of the drawer’s history whole: years and statuses on one line, reasons wrapping between words', async () => {
      await renderPage();
      await userEvent.click(await card('Ingress NGINX Controller'));
      const dialog = await screen.findByRole('dialog', {
        name: 'Ingress NGINX Controller',
      });
      const history = await within(dialog).findByRole('table', {
        name: 'History across editions',
      });
      await waitFor(() =>
        expect(history.querySelectorAll('tbody tr')).toHaveLength(2),
      );
      for (const cell of Array.from(
        history.querySelectorAll<HTMLElement>('th, td'),
      )) {
        // Not the theme's `break-word`, which splits "Edition" letter by letter.
        expect(cascadedValue(cell, 'word-break')).toBe('keep-all');
        expect(cascadedValue(cell, 'overflow-wrap')).toBe('break-word');
      }
      const [year, status, , , reason] = Array.from(
        history.querySelectorAll<HTMLElement>('tbody tr:last-child td'),
      );
      expect(year).toHaveTextContent('2026');
      expect(cascadedValue(year, 'white-space')).toBe('nowrap');
      expect(cascadedValue(status, 'white-space')).toBe('nowrap');
      expect(cascadedValue(reason, 'white-space')).toBe('normal');
    });

    it('keeps the words of the table view and the Licenses table whole', async () => {
      await renderPage();
      await card('Terraform');
      await userEvent.click(screen.getByRole('button', { name: 'Table' }));
      await screen.findByText('Tools of the 2026 edition');
      const cells = () =>
        Array.from(
          document.querySelectorAll<HTMLElement>(
            'main table th, main table td',
          ),
        );
      expect(cells().length).toBeGreaterThan(10);
      for (const cell of cells()) {
        expect(cascadedValue(cell, 'word-break')).toBe('keep-all');
      }

      await userEvent.click(screen.getByRole('tab', { name: 'Licenses' }));
      const tools = await screen.findByRole('columnheader', { name: 'Tools' });
      // The header that used to wrap as "To ols".
      expect(cascadedValue(tools, 'white-space')).toBe('nowrap');
      expect(cascadedValue(tools, 'word-break')).toBe('keep-all');
    });
  });

  describe('language', () => {
    it('offers "English | 한국어" in the page header and switches the app’s language', async () => {
      const setLanguage = jest.fn();
      await renderPage(fakeApi(), { setLanguage });
      const header = (await screen.findByRole('heading', { level: 1 })).closest(
        'header',
      )!;
      const group = within(header).getByRole('group', { name: 'Language' });
      const english = within(group).getByRole('button', { name: 'English' });
      const korean = within(group).getByRole('button', { name: '한국어' });
      expect(english).toHaveAttribute('aria-pressed', 'true');
      expect(korean).toHaveAttribute('aria-pressed', 'false');
      expect(korean).toHaveAttribute('lang', 'ko');
      await userEvent.click(korean);
      expect(setLanguage).toHaveBeenCalledWith('ko');
    });

    it('hides the switch when the app offers one language', async () => {
      await renderPage(fakeApi(), { languages: ['en'] });
      await card('Terraform');
      expect(
        screen.queryByRole('group', { name: 'Language' }),
      ).not.toBeInTheDocument();
    });

    it('renders every view in Korean without one of the plugin’s English strings', async () => {
      // Korean data, so that only the UI's own strings could be English.
      const koreanData = (edition: EditionResponse): EditionResponse =>
        JSON.parse(JSON.stringify(edition), (_key, value) =>
          value &&
          typeof value === 'object' &&
          typeof value.en === 'string' &&
          typeof value.ko === 'string'
            ? { ...value, ko: '한국어 설명' }
            : value,
        );
      await renderPage(
        fakeApi({}, [koreanData(edition2025), koreanData(edition2026)]),
        { language: 'ko', koreanMessages: true },
      );

      const korean = [
        ...Object.values(commonMessagesKo),
        ...Object.values(pageMessagesKo),
      ].join('\n');
      const literal = (message: string) =>
        message
          .split(/\{\{[^}]*\}\}/)
          .map(part =>
            part.replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '').trim(),
          )
          .filter(part => {
            const letters = part.match(/[A-Za-z]/g) ?? [];
            const words = part.split(/\s+/).filter(w => /[A-Za-z]/.test(w));
            return words.length >= 2 || letters.length >= 4;
          });
      const phrase = (part: string) =>
        new RegExp(
          `(?<![\\p{L}\\p{N}])${escapeRegExp(part).replace(
            /\s+/g,
            '\\s+',
          )}(?![\\p{L}\\p{N}])`,
          'iu',
        );
      // Every distinctive English part of our messages that Korean does not
      // keep as it is (like "English" in the switch).
      const english = [
        ...flatMessages(commonMessages),
        ...flatMessages(pageMessages, 'page.'),
      ]
        .flatMap(([key, message]) =>
          literal(message).map(part => ({ key, part })),
        )
        .filter(({ part }) => !phrase(part).test(korean));
      expect(english.length).toBeGreaterThan(100);

      // Names from the data are allowed in any language.
      const dataNames = [
        ...edition2026.tools.flatMap(tool => [tool.name, tool.successor?.name]),
        ...edition2025.tools.map(tool => tool.name),
        'team-a',
        'team-b',
        'payments',
        'checkout',
        'catalog-web',
        'ops-console',
      ].filter((name): name is string => Boolean(name));
      const shown = () => {
        const main = document.body;
        const attributes = Array.from(main.querySelectorAll('*')).flatMap(
          element =>
            ['aria-label', 'title', 'placeholder', 'alt'].map(
              name => element.getAttribute(name) ?? '',
            ),
        );
        let text = [main.textContent ?? '', ...attributes].join('\n');
        for (const name of dataNames) {
          text = text.split(name).join(' ');
        }
        return text;
      };
      const englishShown = (view: string) =>
        english
          .filter(({ part }) => phrase(part).test(shown()))
          .map(({ key, part }) => `${view}: "${part}" (${key})`);

      const found: string[] = [];
      const terraform = await card('Terraform');
      expect(
        screen.getByRole('heading', {
          level: 1,
          name: '쿠버네티스 표준 아키텍처',
        }),
      ).toBeInTheDocument();
      found.push(...englishShown('the diagram'));

      await userEvent.click(screen.getByRole('button', { name: '표' }));
      await screen.findByText('2026년판 도구');
      found.push(...englishShown('the table view'));

      await userEvent.click(
        screen.getByRole('button', { name: 'Ingress NGINX Controller' }),
      );
      const dialog = await screen.findByRole('dialog', {
        name: 'Ingress NGINX Controller',
      });
      await within(dialog).findByRole('table', { name: '의존하는 엔티티' });
      await within(dialog).findByText('2025');
      expect(verdictLabelsIn(dialog)).toEqual(['지원 종료']);
      expect(dialog).toHaveTextContent('기한 2026년 3월 지남 (표준 기준)');
      // The particle fits the name: "Gateway API로", not "(으)로".
      found.push(...englishShown('the drawer'));
      await userEvent.click(
        within(dialog).getByRole('button', { name: '닫기' }),
      );
      await waitFor(() =>
        expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
      );
      expect(terraform).toBeDefined();

      await userEvent.click(screen.getByRole('tab', { name: '변경 사항' }));
      await screen.findByText('2025년판에서 2026년판으로의 변경 사항');
      found.push(...englishShown('the Changes tab'));

      await userEvent.click(screen.getByRole('tab', { name: '도입 현황' }));
      await screen.findByRole('table', {
        name: '의존 엔티티 수에 따른 도구 순위',
      });
      expect(screen.getByText('Gateway API로 이전')).toBeInTheDocument();
      expect(screen.getByText('Headlamp로 이전')).toBeInTheDocument();
      expect(document.body).not.toHaveTextContent('(으)로');
      found.push(...englishShown('the Adoption tab'));

      await userEvent.click(screen.getByRole('tab', { name: '라이선스' }));
      await screen.findByRole('table', { name: '2026년판의 라이선스' });
      found.push(...englishShown('the Licenses tab'));

      expect(found).toEqual([]);
    });
  });
});

import '@testing-library/jest-dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { translationApiRef } from '@backstage/core-plugin-api/alpha';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
  TestApiRegistry,
} from '@backstage/test-utils';
import {
  EditionResponse,
  SOURCED_FACTS,
  Tool,
} from '@internal/plugin-standard-architecture-common';
import {
  StandardArchitectureApi,
  standardArchitectureApiRef,
} from '../../api/StandardArchitectureApi';
import {
  StandardToolPicker,
  standardToolPickerValidation,
} from './StandardToolPicker';
import { StandardToolPickerUiOptions } from './choices';

const text = (en: string) => ({ en, ko: `${en} (ko)` });

/** The article's heading each category's tools are listed under. */
const SECTION_OF: Record<string, string> = {
  ingress: 'L4/L7 네트워크 구현체',
  'service-mesh': '서비스 메시',
  'kubernetes-ui': '쿠버네티스 통합 개발 환경(IDE) 도구',
};

const tool = (
  t: Partial<Tool> & Pick<Tool, 'id' | 'name' | 'category' | 'status'>,
): Tool => ({
  nameKo: `${t.name} (ko)`,
  license: 'Apache-2.0',
  summary: text(`${t.name} summary.`),
  // Every fact the tool states comes from its category's section.
  sources: Object.fromEntries(
    SOURCED_FACTS.filter(
      fact => fact === 'status' || fact === 'license' || fact in t,
    ).map(fact => [fact, { section: SECTION_OF[t.category] }]),
  ),
  ...t,
});

const edition2026: EditionResponse = {
  year: 2026,
  title: text('Kubernetes Standard Architecture 2026'),
  source: 'https://example.com',
  published: '2025-12-18',
  sections: Object.values(SECTION_OF),
  summary: text('Summary'),
  current: true,
  layers: [
    {
      id: 'networking',
      categories: [
        { id: 'ingress', name: text('Ingress') },
        { id: 'service-mesh', name: text('Service mesh') },
      ],
    },
    {
      id: 'operations',
      categories: [{ id: 'kubernetes-ui', name: text('Kubernetes UI') }],
    },
  ],
  tools: [
    tool({
      id: 'ingress-nginx',
      name: 'Ingress NGINX Controller',
      category: 'ingress',
      status: 'caution',
      statusReason: text('Retired in March 2026.'),
      successor: {
        name: 'Gateway API',
        url: 'https://gateway-api.sigs.k8s.io/',
      },
      endOfLife: '2026-03-31',
    }),
    tool({
      id: 'istio',
      name: 'Istio',
      category: 'service-mesh',
      status: 'kept',
    }),
    tool({
      id: 'linkerd',
      name: 'Linkerd',
      category: 'service-mesh',
      status: 'kept',
      statusReason: text('Its stable releases went commercial.'),
      replacedBy: ['istio'],
      endOfLife: '2025-01-01',
    }),
    tool({
      id: 'lens',
      name: 'Lens',
      category: 'kubernetes-ui',
      status: 'removed',
      statusReason: text('Dropped because its source has been closed.'),
      replacedBy: ['headlamp'],
    }),
    tool({
      id: 'headlamp',
      name: 'Headlamp',
      category: 'kubernetes-ui',
      status: 'added',
      statusReason: text('Replaces Lens.'),
    }),
  ],
  lifecycles: {
    'ingress-nginx': 'production',
    istio: 'production',
    linkerd: 'deprecated',
    lens: 'deprecated',
    headlamp: 'production',
  },
};

function fakeApi(): Partial<StandardArchitectureApi> & {
  getEdition: jest.Mock;
} {
  return {
    getEditions: jest.fn(async () => ({
      current: 2026,
      contentHash: 'sha256:9b1f3c2a7d40',
      items: [],
    })),
    getEdition: jest.fn(async () => edition2026),
  };
}

async function renderField(
  uiOptions: StandardToolPickerUiOptions,
  api = fakeApi(),
  formData?: string,
) {
  const onChange = jest.fn();
  const props = {
    onChange,
    formData,
    schema: { type: 'string', title: 'Kubernetes tool' },
    uiSchema: { 'ui:options': uiOptions },
    idSchema: { $id: 'root_tool' },
    rawErrors: [],
    required: true,
    disabled: false,
  } as any;
  await renderInTestApp(
    <TestApiProvider apis={[[standardArchitectureApiRef, api]]}>
      <StandardToolPicker {...props} />
    </TestApiProvider>,
  );
  return { onChange, api };
}

async function openOptions() {
  await userEvent.click(
    await screen.findByRole('button', { name: /Kubernetes tool/ }),
  );
  return within(await screen.findByRole('listbox')).getAllByRole('option');
}

async function validate(
  value: string,
  uiOptions: StandardToolPickerUiOptions,
  api: Partial<StandardArchitectureApi> = fakeApi(),
) {
  const addError = jest.fn();
  await standardToolPickerValidation(value, { addError } as any, {
    apiHolder: TestApiRegistry.from([standardArchitectureApiRef, api]),
    formData: {},
    schema: {},
    uiSchema: { 'ui:options': uiOptions },
  });
  return addError;
}

describe('StandardToolPicker', () => {
  it('offers only the tools of the layer, labelled with the schema title', async () => {
    const { api } = await renderField({ layer: 'networking' });
    expect(api.getEditions).toHaveBeenCalled();
    expect(api.getEdition).toHaveBeenCalledWith(2026);
    const options = await openOptions();
    expect(options.map(o => o.getAttribute('data-value'))).toEqual([
      'ingress-nginx',
      'istio',
      'linkerd',
    ]);
    expect(within(options[0]).getByText('Caution')).toBeInTheDocument();
    expect(within(options[1]).getByText('Recommended')).toBeInTheDocument();
  });

  it('offers the tools of one category', async () => {
    await renderField({ category: 'kubernetes-ui' });
    const options = await openOptions();
    expect(options.map(o => o.getAttribute('data-value'))).toEqual([
      'lens',
      'headlamp',
    ]);
  });

  it('shows removed and deprecated tools disabled with the reason', async () => {
    const { onChange } = await renderField({ category: 'kubernetes-ui' });
    const [lens, headlamp] = await openOptions();
    expect(lens).toHaveAttribute('aria-disabled', 'true');
    expect(within(lens).getByText('Removed')).toBeInTheDocument();
    expect(
      within(lens).getByText(
        'Lens is deprecated in the 2026 edition: move to Headlamp. Dropped because its source has been closed.',
      ),
    ).toBeInTheDocument();
    expect(headlamp).not.toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(headlamp);
    expect(onChange).toHaveBeenCalledWith('headlamp');
  });

  it('disables a tool deprecated by its lifecycle', async () => {
    await renderField({ layer: 'networking' });
    const options = await openOptions();
    const linkerd = options.find(
      o => o.getAttribute('data-value') === 'linkerd',
    )!;
    expect(linkerd).toHaveAttribute('aria-disabled', 'true');
    expect(within(linkerd).getByText('Deprecated')).toBeInTheDocument();
  });

  it('lets a deprecated tool be chosen with allowDeprecated', async () => {
    const { onChange } = await renderField({
      category: 'kubernetes-ui',
      allowDeprecated: true,
    });
    const [lens] = await openOptions();
    expect(lens).not.toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(lens);
    expect(onChange).toHaveBeenCalledWith('lens');
  });

  it('shows an error when the standard cannot be loaded', async () => {
    await renderField(
      { layer: 'networking' },
      {
        getEditions: jest.fn().mockRejectedValue(new Error('backend down')),
        getEdition: jest.fn(),
      },
    );
    expect(await screen.findByText(/backend down/)).toBeInTheDocument();
  });
});

describe('standardToolPickerValidation', () => {
  it('refuses a deprecated tool, saying why and what to move to', async () => {
    const addError = await validate('lens', { layer: 'operations' });
    expect(addError).toHaveBeenCalledTimes(1);
    expect(addError).toHaveBeenCalledWith(
      'Lens is deprecated in the 2026 edition: move to Headlamp. Dropped because its source has been closed.',
    );
  });

  it('refuses a tool deprecated by its lifecycle', async () => {
    const addError = await validate('linkerd', { layer: 'networking' });
    expect(addError).toHaveBeenCalledWith(
      expect.stringMatching(
        /^Linkerd is deprecated in the 2026 edition: move to Istio/,
      ),
    );
  });

  it('accepts a deprecated tool with allowDeprecated', async () => {
    const addError = await validate('lens', {
      layer: 'operations',
      allowDeprecated: true,
    });
    expect(addError).not.toHaveBeenCalled();
  });

  it('accepts a current tool, caution included', async () => {
    expect(
      await validate('headlamp', { layer: 'operations' }),
    ).not.toHaveBeenCalled();
    expect(
      await validate('ingress-nginx', { category: 'ingress' }),
    ).not.toHaveBeenCalled();
    expect(await validate('', { category: 'ingress' })).not.toHaveBeenCalled();
  });

  it('refuses a tool outside the layer or category and an unknown tool', async () => {
    expect(
      await validate('istio', { category: 'ingress' }),
    ).toHaveBeenCalledWith(
      'Istio is not a tool of Ingress in the 2026 edition',
    );
    expect(
      await validate('istio', { layer: 'operations' }),
    ).toHaveBeenCalledWith(
      'Istio is not a tool of operations in the 2026 edition',
    );
    expect(await validate('argo-cd', {})).toHaveBeenCalledWith(
      'argo-cd is not a tool of the 2026 edition',
    );
  });

  it('words the refusal through the translation API when there is one', async () => {
    const addError = jest.fn();
    const translationApi = mockApis.translation();
    const getTranslation = jest.spyOn(translationApi, 'getTranslation');
    await standardToolPickerValidation('lens', { addError } as any, {
      apiHolder: TestApiRegistry.from(
        [standardArchitectureApiRef, fakeApi()],
        [translationApiRef, translationApi],
      ),
      formData: {},
      schema: {},
      uiSchema: { 'ui:options': { category: 'kubernetes-ui' } },
    });
    expect(addError).toHaveBeenCalledWith(
      'Lens is deprecated in the 2026 edition: move to Headlamp. Dropped because its source has been closed.',
    );
    expect(getTranslation).toHaveBeenCalled();
    expect(getTranslation.mock.results[0].value).toMatchObject({ ready: true });
  });

  it('refuses when the standard cannot be checked', async () => {
    const addError = await validate(
      'lens',
      { allowDeprecated: true },
      {
        getEditions: jest.fn().mockRejectedValue(new Error('backend down')),
        getEdition: jest.fn(),
      },
    );
    expect(addError).toHaveBeenCalledWith(
      'Could not check the choice against the standard: backend down',
    );
  });

  it('reuses the edition the field fetched', async () => {
    const api = fakeApi();
    await renderField({ layer: 'operations' }, api);
    await openOptions();
    await validate('lens', { layer: 'operations' }, api);
    expect(api.getEdition).toHaveBeenCalledTimes(1);
  });
});

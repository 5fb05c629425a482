import '@testing-library/jest-dom';
import { useState } from 'react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  AppLanguageApi,
  appLanguageApiRef,
  translationApiRef,
} from '@backstage/core-plugin-api/alpha';
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
  ToolVerdict,
} from '@k8s-standard/plugin-standard-architecture-common';
import {
  StandardArchitectureApi,
  standardArchitectureApiRef,
} from '../../api/StandardArchitectureApi';
import {
  StandardToolPicker,
  standardToolPickerValidation,
} from './StandardToolPicker';
import { StandardToolPickerUiOptions } from './choices';

const text = (en: string, ko = `${en} (ko)`) => ({ en, ko });

/** The article's heading each category's tools are listed under. */
const SECTION_OF: Record<string, string> = {
  cni: '네트워크 구현체',
  'l4-l7-network': 'L4/L7 네트워크 구현체',
  'service-mesh': '서비스 메시',
  metrics: '메트릭 파이프라인',
  logging: '로그 파이프라인',
  tracing: '트레이스 파이프라인',
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

const ok: ToolVerdict = { verdict: 'recommended', severity: 'ok' };

// Tools are listed out of name order on purpose: the menu sorts them.
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
        { id: 'cni', name: text('Container Network Interface (CNI)') },
        {
          id: 'l4-l7-network',
          name: text('L4/L7 network implementation', 'L4/L7 네트워크 구현체'),
        },
        { id: 'service-mesh', name: text('Service mesh', '서비스 메시') },
      ],
    },
    {
      id: 'observability',
      categories: [
        { id: 'metrics', name: text('Metric pipeline') },
        { id: 'logging', name: text('Log pipeline') },
        { id: 'tracing', name: text('Trace pipeline') },
      ],
    },
    {
      id: 'operations',
      categories: [{ id: 'kubernetes-ui', name: text('Kubernetes UI') }],
    },
  ],
  tools: [
    tool({ id: 'calico', name: 'Calico', category: 'cni', status: 'kept' }),
    tool({
      id: 'metallb',
      name: 'MetalLB',
      nameKo: '메탈엘비',
      category: 'l4-l7-network',
      status: 'kept',
    }),
    tool({
      id: 'ingress-nginx',
      name: 'Ingress NGINX Controller',
      nameKo: '인그레스 엔진엑스 컨트롤러',
      category: 'l4-l7-network',
      status: 'caution',
      statusReason: text('Retired in March 2026.'),
      successor: {
        name: 'Gateway API',
        url: 'https://gateway-api.sigs.k8s.io/',
      },
      endOfLife: '2026-03',
    }),
    tool({
      id: 'k8gb',
      name: 'k8gb',
      nameKo: '케이에잇지비',
      category: 'l4-l7-network',
      status: 'kept',
    }),
    tool({
      id: 'linkerd',
      name: 'Linkerd',
      nameKo: '링커디',
      category: 'service-mesh',
      status: 'kept',
      statusReason: text('Its stable releases went commercial.'),
      replacedBy: ['istio'],
    }),
    tool({
      id: 'istio',
      name: 'Istio',
      nameKo: '이스티오',
      category: 'service-mesh',
      status: 'kept',
    }),
    tool({
      id: 'tempo',
      name: 'Tempo',
      category: 'tracing',
      status: 'changed-in',
    }),
    tool({
      id: 'jaeger',
      name: 'Jaeger',
      category: 'tracing',
      status: 'removed',
      statusReason: text('Tempo takes over distributed tracing.'),
      replacedBy: ['tempo'],
    }),
    tool({
      id: 'prometheus',
      name: 'Prometheus',
      category: 'metrics',
      status: 'kept',
    }),
    tool({
      id: 'opensearch',
      name: 'OpenSearch',
      category: 'logging',
      status: 'changed-in',
      statusReason: text('Its operator is still young.'),
    }),
    tool({
      id: 'fluent-bit',
      name: 'Fluent Bit',
      category: 'logging',
      status: 'kept',
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
  lifecycles: {},
  verdicts: {
    calico: ok,
    metallb: ok,
    'ingress-nginx': {
      verdict: 'end-of-life',
      severity: 'critical',
      deadline: '2026-03',
      deadlineSource: 'standard',
      overdue: true,
    },
    k8gb: ok,
    // The organisation's overlay rejected it.
    linkerd: {
      verdict: 'deprecated',
      severity: 'critical',
      deadline: '2026-06-30',
      deadlineSource: 'overlay',
    },
    istio: ok,
    tempo: ok,
    jaeger: {
      verdict: 'removed',
      severity: 'critical',
      deadline: '2026-12-18',
      deadlineSource: 'default',
    },
    prometheus: ok,
    opensearch: { verdict: 'caution', severity: 'warning' },
    'fluent-bit': ok,
    lens: { verdict: 'removed', severity: 'critical' },
    headlamp: ok,
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

function appLanguage(language: string): AppLanguageApi {
  return {
    getAvailableLanguages: () => ({ languages: ['en', 'ko'] }),
    getLanguage: () => ({ language }),
    setLanguage: () => {},
    language$: () =>
      ({
        subscribe: () => ({ unsubscribe: () => {}, closed: false }),
        [Symbol.observable]() {
          return this;
        },
      } as any),
  };
}

/** The field as a form holds it: the value it reports comes back to it. */
function Harness(props: {
  field: object;
  initial?: string | string[];
  onChange: jest.Mock;
}) {
  const [value, setValue] = useState(props.initial);
  return (
    <StandardToolPicker
      {...(props.field as any)}
      formData={value}
      onChange={(next: any) => {
        props.onChange(next);
        setValue(next);
      }}
    />
  );
}

async function renderField(
  uiOptions: StandardToolPickerUiOptions,
  options: {
    api?: ReturnType<typeof fakeApi> | Partial<StandardArchitectureApi>;
    formData?: string | string[];
    schema?: object;
    language?: string;
  } = {},
) {
  const api = options.api ?? fakeApi();
  const onChange = jest.fn();
  const field = {
    schema: options.schema ?? { type: 'string', title: 'Kubernetes tool' },
    uiSchema: { 'ui:options': uiOptions },
    idSchema: { $id: 'root_tool' },
    rawErrors: [],
    required: true,
    disabled: false,
  };
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [standardArchitectureApiRef, api],
        [appLanguageApiRef, appLanguage(options.language ?? 'en')],
      ]}
    >
      <Harness field={field} initial={options.formData} onChange={onChange} />
    </TestApiProvider>,
  );
  return { onChange, api };
}

const fieldButton = () =>
  screen.findByRole('button', { name: /Kubernetes tool/ });

async function openOptions() {
  await userEvent.click(await fieldButton());
  return within(await screen.findByRole('listbox')).getAllByRole('option');
}

const valuesOf = (options: HTMLElement[]) =>
  options.map(o => o.getAttribute('data-value'));

const optionFor = (options: HTMLElement[], toolId: string) =>
  options.find(o => o.getAttribute('data-value') === toolId)!;

/** The category headers of the open menu, in order. */
const headers = () =>
  Array.from(
    screen
      .getByRole('listbox')
      .querySelectorAll<HTMLElement>('[data-category]'),
  );

async function validate(
  value: string | string[],
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
  it('offers only the tools of the named categories, labelled with the schema title', async () => {
    const { api } = await renderField({
      categories: ['l4-l7-network', 'service-mesh'],
    });
    expect(api.getEditions).toHaveBeenCalled();
    expect(api.getEdition).toHaveBeenCalledWith(2026);
    const options = await openOptions();
    // No CNI: the networking layer's other categories stay out.
    expect(valuesOf(options)).toEqual([
      'ingress-nginx',
      'k8gb',
      'metallb',
      'istio',
      'linkerd',
    ]);
  });

  it('groups the options under their category names, in the order named, each sorted by name', async () => {
    await renderField({ categories: ['tracing', 'metrics', 'logging'] });
    const options = await openOptions();
    expect(headers().map(h => [h.dataset.category, h.textContent])).toEqual([
      ['tracing', 'Trace pipeline'],
      ['metrics', 'Metric pipeline'],
      ['logging', 'Log pipeline'],
    ]);
    expect(valuesOf(options)).toEqual([
      'jaeger',
      'tempo',
      'prometheus',
      'fluent-bit',
      'opensearch',
    ]);
    // Each header stands right above its tools, and cannot be picked.
    const [tracing, metrics] = headers();
    expect(tracing.nextElementSibling).toBe(optionFor(options, 'jaeger'));
    expect(metrics.nextElementSibling).toBe(optionFor(options, 'prometheus'));
    expect(tracing).not.toHaveAttribute('role', 'option');
  });

  it('names the categories and sorts the tools in the user language', async () => {
    await renderField(
      { categories: ['l4-l7-network', 'service-mesh'] },
      { language: 'ko' },
    );
    const options = await openOptions();
    expect(headers().map(h => h.textContent)).toEqual([
      'L4/L7 네트워크 구현체',
      '서비스 메시',
    ]);
    expect(valuesOf(options)).toEqual([
      'metallb', // 메탈엘비
      'ingress-nginx', // 인그레스 엔진엑스 컨트롤러
      'k8gb', // 케이에잇지비
      'linkerd', // 링커디
      'istio', // 이스티오
    ]);
  });

  it('keeps layer working: every category of the layer, grouped', async () => {
    await renderField({ layer: 'networking' });
    const options = await openOptions();
    expect(valuesOf(options)).toEqual([
      'calico',
      'ingress-nginx',
      'k8gb',
      'metallb',
      'istio',
      'linkerd',
    ]);
    expect(headers().map(h => h.dataset.category)).toEqual([
      'cni',
      'l4-l7-network',
      'service-mesh',
    ]);
  });

  it('keeps category working, without a header for a single category', async () => {
    await renderField({ category: 'kubernetes-ui' });
    const options = await openOptions();
    expect(valuesOf(options)).toEqual(['headlamp', 'lens']);
    expect(headers()).toHaveLength(0);
  });

  it('lists tools with a critical verdict disabled, with the verdict label and what to move to', async () => {
    const { onChange } = await renderField({
      categories: ['l4-l7-network', 'service-mesh', 'tracing'],
    });
    const options = await openOptions();

    const ingressNginx = optionFor(options, 'ingress-nginx');
    expect(ingressNginx).toHaveAttribute('aria-disabled', 'true');
    expect(within(ingressNginx).getByText('End of life')).toBeInTheDocument();
    expect(
      within(ingressNginx).getByText(
        'Ingress NGINX Controller cannot be chosen (2026 edition: End of life); move to Gateway API. Retired in March 2026.',
      ),
    ).toBeInTheDocument();

    const jaeger = optionFor(options, 'jaeger');
    expect(jaeger).toHaveAttribute('aria-disabled', 'true');
    expect(within(jaeger).getByText('Removed')).toBeInTheDocument();
    expect(
      within(jaeger).getByText(
        'Jaeger cannot be chosen (2026 edition: Removed); move to Tempo. Tempo takes over distributed tracing.',
      ),
    ).toBeInTheDocument();

    // A verdict of the organisation's overlay counts the same.
    const linkerd = optionFor(options, 'linkerd');
    expect(linkerd).toHaveAttribute('aria-disabled', 'true');
    expect(within(linkerd).getByText('Deprecated')).toBeInTheDocument();

    const istio = optionFor(options, 'istio');
    expect(istio).not.toHaveAttribute('aria-disabled', 'true');
    expect(within(istio).getByText('Recommended')).toBeInTheDocument();
    await userEvent.click(istio);
    expect(onChange).toHaveBeenLastCalledWith('istio');
  });

  it('lets a caution tool be chosen with its caution mark and note', async () => {
    const { onChange } = await renderField({ categories: ['logging'] });
    const options = await openOptions();
    const opensearch = optionFor(options, 'opensearch');
    expect(opensearch).not.toHaveAttribute('aria-disabled', 'true');
    expect(within(opensearch).getByText('Caution')).toBeInTheDocument();
    expect(
      within(opensearch).getByText(
        'OpenSearch (2026 edition: Caution). Its operator is still young.',
      ),
    ).toBeInTheDocument();
    await userEvent.click(opensearch);
    expect(onChange).toHaveBeenLastCalledWith('opensearch');
    const field = await fieldButton();
    expect(within(field).getByText('OpenSearch')).toBeInTheDocument();
    expect(within(field).getByText('Caution')).toBeInTheDocument();
  });

  it('takes several tools with multiple: the value is an array of tool ids', async () => {
    const { onChange } = await renderField({
      categories: ['metrics', 'logging', 'tracing'],
      multiple: true,
    });
    let options = await openOptions();
    await userEvent.click(optionFor(options, 'prometheus'));
    expect(onChange).toHaveBeenLastCalledWith(['prometheus']);
    // The menu stays open for the next pick.
    options = within(screen.getByRole('listbox')).getAllByRole('option');
    await userEvent.click(optionFor(options, 'tempo'));
    expect(onChange).toHaveBeenLastCalledWith(['prometheus', 'tempo']);
    options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(optionFor(options, 'prometheus')).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(optionFor(options, 'tempo')).toHaveAttribute(
      'aria-selected',
      'true',
    );
    // A removed tool still cannot join the set.
    expect(optionFor(options, 'jaeger')).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await userEvent.click(optionFor(options, 'prometheus'));
    expect(onChange).toHaveBeenLastCalledWith(['tempo']);
    options = within(screen.getByRole('listbox')).getAllByRole('option');
    await userEvent.click(optionFor(options, 'tempo'));
    // Nothing chosen is no value, so `required` catches it.
    expect(onChange).toHaveBeenLastCalledWith(undefined);
  });

  it('is multiple for an array schema and shows the chosen tools', async () => {
    await renderField(
      { categories: ['metrics', 'tracing'] },
      {
        schema: {
          type: 'array',
          items: { type: 'string' },
          title: 'Kubernetes tool',
        },
        formData: ['prometheus', 'tempo'],
      },
    );
    const field = await fieldButton();
    expect(within(field).getByText('Prometheus')).toBeInTheDocument();
    expect(within(field).getByText('Tempo')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Pick one or more tools of the 2026 Kubernetes Standard Architecture',
      ),
    ).toBeInTheDocument();
    const options = await openOptions();
    expect(
      options
        .filter(o => o.getAttribute('aria-selected') === 'true')
        .map(o => o.getAttribute('data-value')),
    ).toEqual(['prometheus', 'tempo']);
  });

  it('lets a critical tool be chosen with allowDeprecated, noting its verdict', async () => {
    const { onChange } = await renderField({
      category: 'kubernetes-ui',
      allowDeprecated: true,
    });
    const options = await openOptions();
    const lens = optionFor(options, 'lens');
    expect(lens).not.toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(lens);
    expect(onChange).toHaveBeenLastCalledWith('lens');
    expect(
      await screen.findByText(
        'Lens (2026 edition: Removed); move to Headlamp. Dropped because its source has been closed.',
        { selector: '[data-note]' },
      ),
    ).toBeInTheDocument();
  });

  it('shows an error when the standard cannot be loaded', async () => {
    await renderField(
      { layer: 'networking' },
      {
        api: {
          getEditions: jest.fn().mockRejectedValue(new Error('backend down')),
          getEdition: jest.fn(),
        },
      },
    );
    expect(await screen.findByText(/backend down/)).toBeInTheDocument();
  });
});

describe('standardToolPickerValidation', () => {
  it('refuses a tool with a critical verdict, saying why and what to move to', async () => {
    const addError = await validate('lens', { layer: 'operations' });
    expect(addError).toHaveBeenCalledTimes(1);
    expect(addError).toHaveBeenCalledWith(
      'Lens cannot be chosen (2026 edition: Removed); move to Headlamp. Dropped because its source has been closed.',
    );
    expect(
      await validate('ingress-nginx', { categories: ['l4-l7-network'] }),
    ).toHaveBeenCalledWith(
      expect.stringMatching(
        /^Ingress NGINX Controller cannot be chosen \(2026 edition: End of life\); move to Gateway API/,
      ),
    );
  });

  it('judges each tool of a multiple value', async () => {
    const options = { categories: ['metrics', 'logging', 'tracing'] };
    expect(
      await validate(['prometheus', 'tempo', 'opensearch'], options),
    ).not.toHaveBeenCalled();
    const addError = await validate(['prometheus', 'jaeger', 'istio'], options);
    expect(addError.mock.calls).toEqual([
      [
        'Jaeger cannot be chosen (2026 edition: Removed); move to Tempo. Tempo takes over distributed tracing.',
      ],
      [
        'Istio is not a tool of Metric pipeline, Log pipeline, Trace pipeline in the 2026 edition',
      ],
    ]);
  });

  it('accepts a critical tool with allowDeprecated', async () => {
    const addError = await validate('lens', {
      layer: 'operations',
      allowDeprecated: true,
    });
    expect(addError).not.toHaveBeenCalled();
  });

  it('accepts a current tool, caution included, and no choice', async () => {
    expect(
      await validate('headlamp', { layer: 'operations' }),
    ).not.toHaveBeenCalled();
    expect(
      await validate('opensearch', { category: 'logging' }),
    ).not.toHaveBeenCalled();
    expect(await validate('', { category: 'logging' })).not.toHaveBeenCalled();
    expect(await validate([], { category: 'logging' })).not.toHaveBeenCalled();
  });

  it('refuses a tool outside the categories or layer and an unknown tool', async () => {
    expect(
      await validate('calico', {
        categories: ['l4-l7-network', 'service-mesh'],
      }),
    ).toHaveBeenCalledWith(
      'Calico is not a tool of L4/L7 network implementation, Service mesh in the 2026 edition',
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
      'Lens cannot be chosen (2026 edition: Removed); move to Headlamp. Dropped because its source has been closed.',
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
    await renderField({ layer: 'operations' }, { api });
    await openOptions();
    await validate('lens', { layer: 'operations' }, api);
    expect(api.getEdition).toHaveBeenCalledTimes(1);
  });
});

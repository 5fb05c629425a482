import { readFileSync } from 'fs';
import { join } from 'path';
import { bundledStandard, DATA_DIR } from './__testUtils__/bundledStandard';
import { currentEdition, getEdition } from './editions';
import { toolLifecycle } from './lifecycle';

const standard = bundledStandard();
const overlaid = bundledStandard(
  readFileSync(join(DATA_DIR, 'overlay.example.yaml'), 'utf8'),
);
const y2026 = currentEdition(standard);

describe('toolLifecycle', () => {
  it.each`
    tool               | year    | today           | lifecycle         | reason
    ${'headlamp'}      | ${2026} | ${'2026-11-23'} | ${'production'}   | ${'selected'}
    ${'strimzi'}       | ${2026} | ${'2026-11-23'} | ${'production'}   | ${'selected'}
    ${'kubevirt'}      | ${2026} | ${'2026-11-23'} | ${'experimental'} | ${'experimental'}
    ${'lens'}          | ${2026} | ${'2026-11-23'} | ${'deprecated'}   | ${'removed'}
    ${'kyverno'}       | ${2026} | ${'2026-11-23'} | ${'deprecated'}   | ${'removed'}
    ${'cluster-api'}   | ${2026} | ${'2026-11-23'} | ${'deprecated'}   | ${'removed'}
    ${'ingress-nginx'} | ${2026} | ${'2026-03-31'} | ${'production'}   | ${'selected'}
    ${'ingress-nginx'} | ${2026} | ${'2026-04-01'} | ${'deprecated'}   | ${'end-of-life'}
    ${'lens'}          | ${2025} | ${'2025-06-01'} | ${'production'}   | ${'selected'}
    ${'headlamp'}      | ${2025} | ${'2025-06-01'} | ${'experimental'} | ${'not-yet-selected'}
  `(
    '$tool in $year on $today is $lifecycle ($reason)',
    ({ tool, year, today, lifecycle, reason }) => {
      const result = toolLifecycle(
        standard,
        tool,
        getEdition(standard, year)!,
        today,
      );
      expect(result.lifecycle).toBe(lifecycle);
      expect(result.reason).toBe(reason);
    },
  );

  it('reports the end of life as the deadline, at the precision the source gives', () => {
    expect(
      toolLifecycle(standard, 'ingress-nginx', y2026, '2026-01-01').deadline,
    ).toBe('2026-03');
  });

  it('counts a month-precise end of life until the last day of the month', () => {
    expect(
      toolLifecycle(standard, 'ingress-nginx', y2026, '2026-03-31').lifecycle,
    ).toBe('production');
    expect(
      toolLifecycle(standard, 'ingress-nginx', y2026, '2026-04-01'),
    ).toMatchObject({ lifecycle: 'deprecated', reason: 'end-of-life' });
  });

  it.each`
    tool               | today           | lifecycle       | reason                              | deadline
    ${'cilium'}        | ${'2026-11-23'} | ${'production'} | ${'organisation-approved'}          | ${undefined}
    ${'calico'}        | ${'2026-11-23'} | ${'deprecated'} | ${'organisation-rejected'}          | ${undefined}
    ${'elasticsearch'} | ${'2026-11-23'} | ${'production'} | ${'organisation-allowed'}           | ${'2027-06-30'}
    ${'elasticsearch'} | ${'2027-07-01'} | ${'deprecated'} | ${'organisation-allowance-expired'} | ${'2027-06-30'}
  `(
    'with the overlay, $tool on $today is $lifecycle',
    ({ tool, today, lifecycle, reason, deadline }) => {
      const result = toolLifecycle(
        overlaid,
        tool,
        currentEdition(overlaid),
        today,
      );
      expect(result).toEqual({
        lifecycle,
        reason,
        ...(deadline && { deadline }),
      });
    },
  );
});

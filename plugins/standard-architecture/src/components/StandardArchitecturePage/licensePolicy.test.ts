import { judgeLicense, LicensePolicy } from './licensePolicy';

const policy = (
  allowed: string[] | undefined,
  flagged: string[] = [],
): LicensePolicy => ({ allowed, flagged: new Set(flagged) });

const ELASTICSEARCH = 'AGPL-3.0-only OR SSPL-1.0 OR Elastic-2.0';
const HAPROXY = 'GPL-2.0-or-later AND LGPL-2.1-only';

describe('judgeLicense', () => {
  it('accepts an OR when any alternative is acceptable, and says which', () => {
    const judged = judgeLicense(
      ELASTICSEARCH,
      policy(['Apache-2.0', 'Elastic-2.0'], ['AGPL-3.0-only', 'SSPL-1.0']),
    );
    expect(judged).toMatchObject({
      verdict: 'allowed',
      acceptable: true,
      compound: true,
      hasAlternatives: true,
      passing: [['Elastic-2.0']],
      rejected: [],
    });
  });

  it('rejects an OR only when every alternative is rejected; flagged only when every one is flagged', () => {
    expect(
      judgeLicense(
        ELASTICSEARCH,
        policy(['Apache-2.0'], ['AGPL-3.0-only', 'SSPL-1.0']),
      ),
    ).toMatchObject({
      verdict: 'notAllowed',
      acceptable: false,
      rejected: ['AGPL-3.0-only', 'SSPL-1.0', 'Elastic-2.0'],
    });
    expect(
      judgeLicense(
        ELASTICSEARCH,
        policy(undefined, ['AGPL-3.0-only', 'SSPL-1.0', 'Elastic-2.0']),
      ).verdict,
    ).toBe('flagged');
  });

  it('without an allowed list, passes an OR on any alternative that is not flagged', () => {
    expect(
      judgeLicense(ELASTICSEARCH, policy(undefined, ['AGPL-3.0-only'])),
    ).toMatchObject({
      verdict: 'unreviewed',
      acceptable: true,
      passing: [['SSPL-1.0'], ['Elastic-2.0']],
    });
  });

  it('accepts an AND only when every part is acceptable, and names the parts that are not', () => {
    expect(
      judgeLicense(HAPROXY, policy(['GPL-2.0-or-later', 'LGPL-2.1-only'])),
    ).toMatchObject({
      verdict: 'allowed',
      acceptable: true,
      compound: true,
      hasAlternatives: false,
    });
    expect(judgeLicense(HAPROXY, policy(['GPL-2.0-or-later']))).toMatchObject({
      verdict: 'notAllowed',
      acceptable: false,
      rejected: ['LGPL-2.1-only'],
    });
    // One flagged part flags the whole.
    expect(
      judgeLicense(HAPROXY, policy(['GPL-2.0-or-later'], ['LGPL-2.1-only']))
        .verdict,
    ).toBe('flagged');
  });

  it('distributes AND over OR: (A OR B) AND C passes with A and C', () => {
    const judged = judgeLicense(
      '(MIT OR GPL-3.0-only) AND BSD-3-Clause',
      policy(['MIT', 'BSD-3-Clause']),
    );
    expect(judged.acceptable).toBe(true);
    expect(judged.passing).toEqual([['MIT', 'BSD-3-Clause']]);
  });

  it('judges a single license, a license with an exception and an unparsable text', () => {
    expect(
      judgeLicense('BUSL-1.1', policy(['MIT'], ['BUSL-1.1'])),
    ).toMatchObject({ verdict: 'flagged', compound: false });
    expect(
      judgeLicense(
        'GPL-2.0-only WITH Classpath-exception-2.0',
        policy(['GPL-2.0-only']),
      ).verdict,
    ).toBe('allowed');
    expect(judgeLicense('see the website', policy(['MIT']))).toMatchObject({
      verdict: 'notAllowed',
      rejected: ['see the website'],
    });
  });
});

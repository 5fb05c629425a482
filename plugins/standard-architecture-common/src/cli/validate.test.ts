import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { validate } from './validate';

describe('standard-architecture-validate', () => {
  it('passes the bundled data', () => {
    const { code, lines } = validate([]);
    expect(code).toBe(0);
    expect(lines[0]).toMatch(
      /^ok: 5 edition file\(s\) \(2022, 2023, 2024, 2025, 2026\), \d+ tools, base-image rules$/,
    );
  });

  it('prints file:path: message lines and exits 1 on bad files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sa-validate-'));
    const file = join(dir, 'broken.yaml');
    writeFileSync(file, 'year: 2030\ntitle: nope\n');
    const { code, lines } = validate([file]);
    expect(code).toBe(1);
    expect(
      lines.some(l =>
        /broken\.yaml:title: must be an object with en and ko texts/.test(l),
      ),
    ).toBe(true);
    expect(lines.every(l => /broken\.yaml:[\w.[\]]+: /.test(l))).toBe(true);
  });

  it('exits 2 on bad usage', () => {
    expect(validate(['--overlay']).code).toBe(2);
    expect(validate(['--nope']).code).toBe(2);
    expect(validate(['/no/such/file.yaml'])).toEqual({
      code: 2,
      lines: ['/no/such/file.yaml: no such file or directory'],
    });
  });
});

describe('standard-architecture-validate --explain and --format json', () => {
  it('explains what each edition changes against the previous one', () => {
    const { code, lines } = validate(['--explain']);
    expect(code).toBe(0);
    const from2025 = lines.indexOf('2025 → 2026:');
    expect(from2025).toBeGreaterThan(0);
    const section = lines.slice(from2025 + 1);
    expect(section).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^ {2}- removed Jaeger \(jaeger\), replaced by tempo/),
        expect.stringMatching(
          /^ {2}! caution Ingress NGINX Controller \(ingress-nginx\), end of life 2026-03: /,
        ),
      ]),
    );
  });

  it('prints a machine-readable report', () => {
    const { code, lines } = validate(['--format', 'json', '--explain']);
    expect(code).toBe(0);
    const report = JSON.parse(lines.join('\n'));
    expect(report).toMatchObject({
      ok: true,
      issues: [],
      summary: { editions: [2022, 2023, 2024, 2025, 2026], baseImages: true },
    });
    expect(report.changes.map((d: any) => [d.from, d.to])).toEqual([
      [2022, 2023],
      [2023, 2024],
      [2024, 2025],
      [2025, 2026],
    ]);
  });

  it('refuses an unknown format', () => {
    expect(validate(['--format', 'xml']).code).toBe(2);
  });
});

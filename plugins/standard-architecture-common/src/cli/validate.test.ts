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

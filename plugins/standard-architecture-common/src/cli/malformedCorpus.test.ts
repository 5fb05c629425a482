import { execFileSync } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, relative, resolve } from 'path';
import { validate } from './validate';

const CORPUS = resolve(__dirname, '../../test-fixtures/malformed');
const files = readdirSync(CORPUS)
  .filter(name => name.endsWith('.yaml'))
  .sort();

/** How the command names a file: relative to where it runs. */
const shown = (file: string) => relative(process.cwd(), file) || file;

/** What a corpus file says it must produce, from its header comments. */
function expectation(file: string) {
  const header = readFileSync(file, 'utf8');
  const expected = /^# expect: (.*)$/m.exec(header)?.[1];
  if (!expected) throw new Error(`${file} has no "# expect:" line`);
  return { expected, line: !/^# expect-no-line$/m.test(header) };
}

describe('the malformed-file corpus', () => {
  it('has at least 40 files', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  it.each(files)('%s: exit 1 with a located message', name => {
    const file = join(CORPUS, name);
    const { expected, line } = expectation(file);
    const { code, lines } = validate([file]);

    expect(code).toBe(1);
    // Every line names the file; none is a stack trace.
    for (const output of lines) {
      expect(output.startsWith(shown(file))).toBe(true);
      expect(output).not.toMatch(/^\s+at |Error:|call stack|Stack overflow/m);
    }
    const match = lines.find(output =>
      output.startsWith(`${shown(file)}${expected}`),
    );
    expect({ expected, lines, found: Boolean(match) }).toEqual({
      expected,
      lines,
      found: true,
    });
    // A located message, wherever the field exists in the file.
    expect(/\(line \d+, column \d+\)$/.test(match!)).toBe(line);
  });

  it('refuses a file over 2 MB before parsing it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sa-corpus-'));
    const file = join(dir, 'huge.yaml');
    writeFileSync(file, `year: 2030\n# ${'x'.repeat(2 * 1024 * 1024)}\n`);
    expect(validate([file])).toEqual({
      code: 1,
      lines: [`${shown(file)}: is 2.0 MB; the limit is 2 MB`],
    });
  });

  it('prints the same messages as JSON for CI', () => {
    const file = join(CORPUS, files.find(f => f.includes('github-dot-dot'))!);
    const { code, lines } = validate(['--format', 'json', file]);
    expect(code).toBe(1);
    const report = JSON.parse(lines.join('\n'));
    expect(report.ok).toBe(false);
    expect(report.issues).toEqual([
      expect.objectContaining({
        source: shown(file),
        path: 'tools[0].github',
        message: 'must be a GitHub owner/repo, such as cilium/cilium',
        line: expect.any(Number),
      }),
    ]);
  });

  it('the command itself prints no stack trace for an alias bomb', () => {
    const bin = resolve(__dirname, '../../bin/standard-architecture-validate');
    const file = join(CORPUS, files.find(f => f.includes('alias-bomb'))!);
    let stderr = '';
    let status = 0;
    try {
      execFileSync(process.execPath, [bin, file], { stdio: 'pipe' });
    } catch (error) {
      const failure = error as { status: number; stderr: Buffer };
      status = failure.status;
      stderr = failure.stderr.toString();
    }
    expect(status).toBe(1);
    expect(stderr.trim()).toBe(
      `${shown(file)}: expands YAML aliases more than 100 times; refused as a resource exhaustion risk`,
    );
  });
});

import {
  globSyntaxError,
  globToRegExp,
  normalizeRepoPath,
  PathMatcher,
} from './glob';

const matches = (pattern: string, path: string) =>
  globToRegExp(pattern).test(path);

describe('glob', () => {
  it('matches ** across any number of folders, including none', () => {
    expect(matches('**/Dockerfile', 'Dockerfile')).toBe(true);
    expect(matches('**/Dockerfile', 'services/api/Dockerfile')).toBe(true);
    expect(matches('**/Dockerfile', 'services/api/Dockerfile.prod')).toBe(
      false,
    );
    expect(matches('**/node_modules/**', 'node_modules/a/package.json')).toBe(
      true,
    );
    expect(matches('**/node_modules/**', 'web/node_modules/a/b.js')).toBe(true);
    expect(matches('**/node_modules/**', 'my_node_modules/a.js')).toBe(false);
  });

  it('keeps * and ? within one path segment', () => {
    expect(matches('.github/workflows/*.yml', '.github/workflows/ci.yml')).toBe(
      true,
    );
    expect(
      matches('.github/workflows/*.yml', '.github/workflows/sub/ci.yml'),
    ).toBe(false);
    expect(matches('**/*.Dockerfile', 'docker/api.Dockerfile')).toBe(true);
    expect(matches('file?.txt', 'file1.txt')).toBe(true);
    expect(matches('file?.txt', 'file/.txt')).toBe(false);
    expect(matches('*.md', 'docs/a.md')).toBe(false);
  });

  it('supports ?(…), @(…), +(…), {a,b} and character classes', () => {
    for (const name of ['a.yml', 'a.yaml']) {
      expect(matches('**/*.y?(a)ml', `k8s/${name}`)).toBe(true);
    }
    expect(matches('**/*.y?(a)ml', 'k8s/a.yaaml')).toBe(false);
    expect(matches('**/build.gradle?(.kts)', 'app/build.gradle.kts')).toBe(
      true,
    );
    expect(matches('**/build.gradle?(.kts)', 'build.gradle')).toBe(true);
    expect(
      matches('**/docker-compose*.y?(a)ml', 'docker-compose.override.yaml'),
    ).toBe(true);
    expect(matches('@(a|b).txt', 'b.txt')).toBe(true);
    expect(matches('+(ab).txt', 'abab.txt')).toBe(true);
    expect(matches('{src,lib}/**/*.ts', 'lib/x/y.ts')).toBe(true);
    expect(matches('{src,lib}/**/*.ts', 'test/y.ts')).toBe(false);
    expect(matches('v[0-9].yaml', 'v1.yaml')).toBe(true);
    expect(matches('v[!0-9].yaml', 'v1.yaml')).toBe(false);
    expect(matches('a\\*b', 'a*b')).toBe(true);
    expect(matches('a\\*b', 'axb')).toBe(false);
  });

  it('treats regex characters literally; parentheses need a backslash', () => {
    expect(matches('a+b.c$', 'a+b.c$')).toBe(true);
    expect(matches('a+b.c$', 'aab.c')).toBe(false);
    expect(matches('file\\(1\\).txt', 'file(1).txt')).toBe(true);
  });

  it('reports syntax errors instead of throwing later', () => {
    expect(globSyntaxError('**/*.y?(aml')).toMatch(/unclosed "\("/);
    expect(globSyntaxError('{a,b')).toMatch(/unclosed "\{"/);
    expect(globSyntaxError('a)b')).toMatch(/unbalanced/);
    expect(globSyntaxError('')).toMatch(/empty/);
    expect(globSyntaxError('**/Dockerfile')).toBeUndefined();
  });

  it('normalises paths the way scanners hand them over', () => {
    expect(normalizeRepoPath('./deploy\\k8s//app.yaml')).toBe(
      'deploy/k8s/app.yaml',
    );
    expect(normalizeRepoPath('/Dockerfile')).toBe('Dockerfile');
  });

  it('lets the last matching pattern decide, with ! re-including', () => {
    const ignore = new PathMatcher(['**/*.txt', '!**/requirements*.txt']);
    expect(ignore.matches('NOTES.txt')).toBe(true);
    expect(ignore.matches('requirements-dev.txt')).toBe(false);
    expect(ignore.matches('svc/requirements.txt')).toBe(false);
    expect(ignore.matches('svc/notes.txt')).toBe(true);
    expect(new PathMatcher([]).matches('anything')).toBe(false);
  });
});

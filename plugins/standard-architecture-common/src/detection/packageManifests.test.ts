import { manifestEcosystem, readManifest } from './packageManifests';

const read = (path: string, text: string) =>
  readManifest(path, text.split('\n'), text);
const names = (path: string, text: string) =>
  read(path, text).packages.map(p => `${p.name}@${p.line}`);

describe('package manifests', () => {
  it('knows manifests by file name', () => {
    expect(manifestEcosystem('web/package.json')).toBe('npm');
    expect(manifestEcosystem('go.mod')).toBe('go');
    expect(manifestEcosystem('requirements-dev.txt')).toBe('pypi');
    expect(manifestEcosystem('pyproject.toml')).toBe('pypi');
    expect(manifestEcosystem('pom.xml')).toBe('maven');
    expect(manifestEcosystem('app/build.gradle.kts')).toBe('maven');
    expect(manifestEcosystem('gradle/libs.versions.toml')).toBe('maven');
    expect(manifestEcosystem('package-lock.json')).toBeUndefined();
  });

  it('reads every dependency section of package.json, not scripts or names', () => {
    const text = `{
  "name": "jaeger-client",
  "scripts": { "jaeger-client": "node x" },
  "dependencies": {
    "express": "^4.19.2",
    "jaeger-client": "^3.19.0"
  },
  "devDependencies": { "@opentelemetry/api": "^1.9.0" },
  "peerDependencies": {
    "prom-client": ">=15"
  }
}`;
    expect(names('package.json', text)).toEqual([
      'express@5',
      'jaeger-client@6',
      '@opentelemetry/api@8',
      'prom-client@10',
    ]);
  });

  it('falls back to lines for malformed package.json and says so', () => {
    const result = read(
      'package.json',
      '{\n  "dependencies": {\n    "jaeger-client": "^3.19.0",\n  }\n}',
    );
    expect(result.packages.map(p => p.name)).toEqual(['jaeger-client']);
    expect(result.problems[0].message).toMatch(/^malformed package\.json/);
  });

  it('reads go.mod require lines and blocks, leaving out indirect ones', () => {
    const text = `module example.com/billing

go 1.22

require github.com/uber/jaeger-client-go v2.30.0+incompatible

require (
\t// go.opentelemetry.io/otel v1.0.0
\tgo.opentelemetry.io/otel v1.28.0
\tgithub.com/hashicorp/vault/api v1.14.0 // indirect
)

replace github.com/prometheus/client_golang => ../fork
`;
    expect(names('go.mod', text)).toEqual([
      'github.com/uber/jaeger-client-go@5',
      'go.opentelemetry.io/otel@9',
    ]);
  });

  it('reads requirements files with extras, markers, options and comments', () => {
    const text = `# Elasticsearch client
-r base.txt
--index-url https://pypi.example.com/simple
Elasticsearch[async]>=8.14 ; python_version >= "3.9"
opentelemetry_api==1.25.0  # tracing
-e git+https://github.com/acme/hvac.git@main#egg=hvac
# jaeger-client==4.8.0`;
    expect(names('requirements.txt', text)).toEqual([
      'elasticsearch@4',
      'opentelemetry-api@5',
      'hvac@6',
    ]);
  });

  it('reads pyproject PEP 621, dependency groups and Poetry tables', () => {
    const text = `[build-system]
requires = ["setuptools>=68", "opentelemetry-not-a-dep"]

[project]
name = "search"
dependencies = [
  "elasticsearch>=8",  # client
  # "jaeger-client",
  "hvac",
]

[project.optional-dependencies]
otel = ["opentelemetry-sdk>=1.25"]

[dependency-groups]
test = ["pytest", {include-group = "lint"}]

[tool.poetry.dependencies]
python = "^3.12"
prometheus-client = "^0.20"

[tool.poetry.group.dev.dependencies.kfp]
version = "^2.7"`;
    expect(names('pyproject.toml', text)).toEqual([
      'elasticsearch@7',
      'hvac@9',
      'opentelemetry-sdk@13',
      'pytest@16',
      'prometheus-client@20',
      'kfp@22',
    ]);
  });

  it('reads pom.xml dependencies, skipping comments and exclusions', () => {
    const text = `<project>
  <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId></parent>
  <dependencies>
    <dependency>
      <groupId>io.opentelemetry</groupId>
      <artifactId>opentelemetry-api</artifactId>
      <exclusions>
        <exclusion>
          <groupId>io.jaegertracing</groupId>
          <artifactId>jaeger-core</artifactId>
        </exclusion>
      </exclusions>
    </dependency>
    <!--
    <dependency>
      <groupId>org.keycloak</groupId>
      <artifactId>keycloak-core</artifactId>
    </dependency>
    -->
    <dependency><groupId>co.elastic.clients</groupId><artifactId>elasticsearch-java</artifactId></dependency>
  </dependencies>
</project>`;
    expect(names('pom.xml', text)).toEqual([
      'io.opentelemetry:opentelemetry-api@6',
      'co.elastic.clients:elasticsearch-java@20',
    ]);
  });

  it('reads Gradle coordinates in strings and maps, not in comments', () => {
    const text = `dependencies {
    implementation("io.opentelemetry:opentelemetry-api:1.40.0")
    implementation group: 'io.prometheus', name: 'simpleclient', version: '0.16.0'
    // implementation("io.jaegertracing:jaeger-client:1.8.1")
    /* implementation("org.keycloak:keycloak-core:25.0.0") */
    maven { url = uri("https://repo.example.com/maven2") }
}`;
    expect(names('build.gradle.kts', text)).toEqual([
      'io.opentelemetry:opentelemetry-api@2',
      'io.prometheus:simpleclient@3',
    ]);
  });
});

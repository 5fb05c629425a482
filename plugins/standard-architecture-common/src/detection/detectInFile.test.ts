import { bundledDetectionRules } from '../__testUtils__/bundledDetectionRules';
import { bundledStandard } from '../__testUtils__/bundledStandard';
import { adviseBaseImage } from '../baseImages';
import { detectInFile, isScannedPath } from './detectInFile';
import { hasDistrolessRuntime, runtimeBaseImage } from './runtimeImage';

const rules = bundledDetectionRules();

/** `tool@line` for each detection, the shape most assertions need. */
const found = (path: string, content: string) =>
  detectInFile(rules, path, content).detections.map(d => `${d.tool}@${d.line}`);

describe('isScannedPath', () => {
  it.each([
    ['Dockerfile', true],
    ['services/api/Dockerfile.prod', true],
    ['deploy/k8s/app.yaml', true],
    ['.github/workflows/ci.yml', true],
    ['Jenkinsfile', true],
    ['.gitlab-ci.yml', true],
    ['web/package.json', true],
    ['go.mod', true],
    ['requirements-dev.txt', true],
    ['infra/main.tf', true],
    ['README.md', false],
    ['docs/tracing.md', false],
    ['NOTES.txt', false],
    ['node_modules/jaeger-client/package.json', false],
    ['web/node_modules/@opentelemetry/api/package.json', false],
    ['vendor/github.com/uber/jaeger-client-go/go.mod', false],
    ['dist/chart/Chart.yaml', false],
    ['third_party/trivy/.github/workflows/ci.yml', false],
    ['src/main.go', false],
    ['package-lock.json', false],
    ['', false],
  ])('%s → %s', (path, expected) => {
    expect(isScannedPath(rules, path)).toBe(expected);
  });
});

describe('detectInFile', () => {
  describe('ingress-nginx', () => {
    it('finds the class, the old annotation and nginx annotations in an Ingress', () => {
      const ingress = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: orders
  annotations:
    kubernetes.io/ingress.class: nginx
    nginx.ingress.kubernetes.io/proxy-body-size: 8m
spec:
  ingressClassName: nginx
`;
      expect(found('k8s/ingress.yaml', ingress)).toEqual([
        'ingress-nginx@6',
        'ingress-nginx@7',
        'ingress-nginx@9',
      ]);
    });

    it('does not take another class or a Gateway API route for ingress-nginx', () => {
      const traefik = 'spec:\n  ingressClassName: traefik\n';
      expect(found('ingress.yaml', traefik)).toEqual([]);
      const route = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
spec:
  parentRefs: [{ name: public }]
`;
      // Gateway API is a successor in the editions, not a tool id.
      expect(found('route.yaml', route)).toEqual([]);
    });

    it('finds the chart dependency, the values ingress class and the controller image', () => {
      const chart = `apiVersion: v2
name: edge
version: 0.1.0
dependencies:
  - name: ingress-nginx
    version: 4.11.1
    repository: https://kubernetes.github.io/ingress-nginx
`;
      expect(found('edge/Chart.yaml', chart)).toEqual([
        'helm@1',
        'ingress-nginx@5',
      ]);
      const values = `ingress-nginx:
  controller:
    image:
      registry: registry.k8s.io
      image: ingress-nginx/controller
      tag: v1.11.1
ingress:
  className: nginx
`;
      expect(found('edge/values.yaml', values)).toEqual([
        'ingress-nginx@5',
        'ingress-nginx@8',
      ]);
    });
  });

  describe('resources by API group', () => {
    it.each([
      ['kafka.strimzi.io/v1beta2', 'Kafka', 'strimzi'],
      ['monitoring.coreos.com/v1', 'ServiceMonitor', 'prometheus'],
      ['argoproj.io/v1alpha1', 'Application', 'argo-cd'],
      ['argoproj.io/v1alpha1', 'AppProject', 'argo-cd'],
      ['kyverno.io/v1', 'ClusterPolicy', 'kyverno'],
      ['networking.istio.io/v1', 'VirtualService', 'istio'],
      ['velero.io/v1', 'Schedule', 'velero'],
      ['serving.knative.dev/v1', 'Service', 'knative'],
    ])('%s %s → %s', (apiVersion, kind, tool) => {
      const manifest = `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: x\n`;
      expect(found('k8s/resource.yaml', manifest)).toEqual([`${tool}@1`]);
    });

    it('leaves out argoproj.io kinds that are not Argo CD', () => {
      const rollout = 'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\n';
      expect(found('rollout.yaml', rollout)).toEqual([]);
    });

    it('pairs apiVersion and kind per document in multi-document files', () => {
      const text = `apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata: { name: web }
---
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: { name: web }
---
# apiVersion: kafka.strimzi.io/v1beta2
apiVersion: v1
kind: ConfigMap
`;
      expect(found('apps.yaml', text)).toEqual(['argo-cd@5']);
    });
  });

  describe('vault and other annotations', () => {
    it('finds Vault Agent annotations but not commented-out ones', () => {
      const deployment = `spec:
  template:
    metadata:
      annotations:
        vault.hashicorp.com/agent-inject: "true"
        # vault.hashicorp.com/role: "orders"
        prometheus.io/scrape: "true"
`;
      expect(found('deploy.yaml', deployment)).toEqual([
        'vault@5',
        'prometheus@7',
      ]);
    });
  });

  describe('Helm templates', () => {
    it('matches what is literal and skips what is templated', () => {
      const template = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "orders.fullname" . }}
spec:
  template:
    metadata:
      annotations:
        {{- if .Values.vault.enabled }}
        vault.hashicorp.com/agent-inject: "true"
        vault.hashicorp.com/role: {{ .Values.vault.role | quote }}
        {{- end }}
    spec:
      containers:
        - name: app
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
        - name: jaeger-agent
          image: "jaegertracing/jaeger-agent:{{ .Values.jaeger.tag }}"
`;
      const result = detectInFile(
        rules,
        'chart/templates/deployment.yaml',
        template,
      );
      expect(result.detections.map(d => `${d.tool}@${d.line}`)).toEqual([
        'vault@10',
        'vault@11',
        'jaeger@18',
      ]);
      expect(result.problems).toEqual([]);
    });
  });

  it('reports malformed YAML and still finds what the lines show', () => {
    const broken = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  annotations:
    nginx.ingress.kubernetes.io/rewrite-target: /
  labels: { app: orders
spec:
  ingressClassName: nginx
`;
    const result = detectInFile(rules, 'k8s/broken.yaml', broken);
    expect(result.detections.map(d => `${d.tool}@${d.line}`)).toEqual([
      'ingress-nginx@5',
      'ingress-nginx@8',
    ]);
    expect(result.problems).toEqual([
      expect.stringMatching(
        /^k8s\/broken\.yaml:\d+: malformed YAML \(.+\); read line by line instead$/,
      ),
    ]);
  });

  describe('packages', () => {
    it('ignores a README that mentions Jaeger and vendored manifests', () => {
      const readme =
        '# Orders\n\nTraces go to Jaeger through jaeger-client.\nScan with `trivy image orders`.\n';
      expect(detectInFile(rules, 'README.md', readme)).toEqual({
        detections: [],
        baseImages: [],
        problems: [],
      });
      const vendored =
        '{"name":"jaeger-client","dependencies":{"jaeger-client":"3"}}';
      expect(
        found('node_modules/jaeger-client/package.json', vendored),
      ).toEqual([]);
    });

    it('finds npm, Go, PyPI and Maven dependencies', () => {
      expect(
        found(
          'package.json',
          '{\n  "dependencies": {\n    "@opentelemetry/sdk-node": "^0.52.0",\n    "jaeger-client": "^3.19.0",\n    "@elastic/elasticsearch": "^8.14.0"\n  }\n}',
        ),
      ).toEqual(['opentelemetry@3', 'jaeger@4', 'elasticsearch@5']);
      expect(
        found(
          'go.mod',
          'module x\n\nrequire (\n\tgo.opentelemetry.io/otel/sdk v1.28.0\n\tgithub.com/uber/jaeger-client-go v2.30.0+incompatible\n)\n',
        ),
      ).toEqual(['opentelemetry@4', 'jaeger@5']);
      expect(
        found(
          'requirements.txt',
          'elasticsearch==8.14.0\n# jaeger-client==4.8.0\n',
        ),
      ).toEqual(['elasticsearch@1']);
      expect(
        found(
          'pom.xml',
          '<dependency>\n  <groupId>io.opentelemetry</groupId>\n  <artifactId>opentelemetry-exporter-jaeger</artifactId>\n</dependency>',
        ),
      ).toEqual(['jaeger@3', 'opentelemetry@3']);
    });
  });

  describe('CI', () => {
    it('finds the Trivy action and trivy commands, not comments or prose', () => {
      const workflow = `name: ci
on: push
jobs:
  scan:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aquasecurity/trivy-action@0.24.0
        with:
          image-ref: ghcr.io/acme/orders:latest
      # - run: trivy fs .
      - run: echo "Trivy image scan done"
`;
      expect(found('.github/workflows/ci.yml', workflow)).toEqual([
        'github-actions@1',
        'trivy@8',
      ]);
      const jenkinsfile = `pipeline {
  agent any
  stages {
    stage('Scan') {
      steps {
        sh 'trivy image --exit-code 1 acme/orders:$BUILD_NUMBER'
        // sh 'trivy fs .'
        /* sh 'trivy repo https://github.com/acme/orders' */
      }
    }
  }
}`;
      expect(found('Jenkinsfile', jenkinsfile)).toEqual([
        'jenkins@1',
        'trivy@6',
      ]);
    });
  });

  describe('Dockerfiles', () => {
    it('reports an unresolvable ARG with file and line, and scans the rest', () => {
      const dockerfile = `ARG BASE_IMAGE
FROM \${BASE_IMAGE} AS build
RUN make
FROM jaegertracing/all-in-one:1.57
`;
      const result = detectInFile(rules, 'svc/Dockerfile', dockerfile);
      expect(result.problems).toEqual([
        'svc/Dockerfile:2: cannot resolve FROM "${BASE_IMAGE}": ARG BASE_IMAGE has no default value',
      ]);
      expect(result.detections.map(d => `${d.tool}@${d.line}`)).toEqual([
        'docker@1',
        'jaeger@4',
      ]);
      expect(result.baseImages).toEqual([
        {
          path: 'svc/Dockerfile',
          line: 4,
          image: 'jaegertracing/all-in-one:1.57',
          stage: '1',
          final: true,
          multiStage: true,
        },
      ]);
    });

    it('sees a multi-stage build with a distroless final stage', () => {
      const dockerfile = `# syntax=docker/dockerfile:1.7
ARG JAVA=21
FROM openjdk:\${JAVA}-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -q package
FROM gcr.io/distroless/java\${JAVA}-debian12:nonroot
COPY --from=build /src/target/app.jar /app.jar
CMD ["/app.jar"]
`;
      const { baseImages } = detectInFile(rules, 'Dockerfile', dockerfile);
      expect(baseImages.map(b => [b.image, b.final, b.multiStage])).toEqual([
        ['openjdk:21-jdk', false, true],
        ['gcr.io/distroless/java21-debian12:nonroot', true, true],
      ]);
      expect(hasDistrolessRuntime(baseImages)).toBe(true);
      const standard = bundledStandard();
      // The build stage is a JDK on purpose; only the runtime image gets advice.
      expect(
        adviseBaseImage(
          standard.baseImages!,
          runtimeBaseImage(baseImages)!.image,
        ),
      ).toBeUndefined();
    });

    it('gives the runtime image to adviseBaseImage when it is heavy', () => {
      const { baseImages } = detectInFile(
        rules,
        'Dockerfile',
        'FROM openjdk:21\nCOPY app.jar /\n',
      );
      expect(hasDistrolessRuntime(baseImages)).toBe(false);
      const advice = adviseBaseImage(
        bundledStandard().baseImages!,
        runtimeBaseImage(baseImages)!.image,
      );
      expect(advice?.recommended).toBe('gcr.io/distroless/java21-debian12');
    });
  });

  describe('robustness', () => {
    it('deduplicates per rule and line, caps the text, and sorts by line', () => {
      const long = `  annotations: { vault.hashicorp.com/agent-inject: "true", vault.hashicorp.com/role: "${'x'.repeat(
        300,
      )}" }`;
      const result = detectInFile(rules, 'pod.yaml', `metadata:\n${long}\n`);
      expect(result.detections).toHaveLength(1);
      expect(result.detections[0].text).toHaveLength(200);
      expect(result.detections[0]).toMatchObject({
        ruleId: 'vault-annotations',
        line: 2,
      });
    });

    it('skips binary content and huge files with a problem', () => {
      expect(
        detectInFile(rules, 'Dockerfile', 'FROM x\u0000\u0001').problems,
      ).toEqual(['Dockerfile: looks binary; not scanned']);
      const huge = 'a'.repeat(5_000_001);
      expect(detectInFile(rules, 'k8s/huge.yaml', huge).problems[0]).toMatch(
        /not scanned/,
      );
    });

    it('cuts overlong lines and still reads the file', () => {
      const text = `image: prom/prometheus:v2\nnote: ${'y'.repeat(
        50_000,
      )}\nspec:\n  ingressClassName: nginx\n`;
      expect(found('values.yaml', text)).toEqual([
        'prometheus@1',
        'ingress-nginx@4',
      ]);
      expect(detectInFile(rules, 'values.yaml', text).problems).toEqual([
        'values.yaml: 1 line(s) over 10000 characters were cut; anything past that is not matched',
      ]);
    });

    it('reads YAML over 1 MB line by line, with the same findings', () => {
      const manifest =
        'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  labels:\n    strimzi.io/cluster: events\n';
      const bundle = Array.from({ length: 12_000 }, () => manifest).join(
        '---\n',
      );
      expect(bundle.length).toBeGreaterThan(1_000_000);
      const result = detectInFile(rules, 'crds/bundle.yaml', bundle);
      expect(result.problems).toEqual([]);
      expect(result.detections).toHaveLength(24_000);
      expect(
        result.detections.slice(0, 2).map(d => `${d.tool}@${d.line}`),
      ).toEqual(['strimzi@1', 'strimzi@5']);
    });

    it('never throws, whatever it is given', () => {
      let seed = 42;
      const random = () => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed / 2147483648;
      };
      const alphabet = 'ab:- \n\t{}[]"\'#$\\/|>&*!@%`.=,()FROM ARG{{ }}image';
      const paths = [
        'Dockerfile',
        'a.yaml',
        'package.json',
        'go.mod',
        'pom.xml',
        'pyproject.toml',
        'Jenkinsfile',
        'requirements.txt',
        'build.gradle',
      ];
      for (let i = 0; i < 300; i++) {
        const length = Math.floor(random() * 400);
        let text = '';
        for (let j = 0; j < length; j++)
          text += alphabet[Math.floor(random() * alphabet.length)];
        const path = paths[i % paths.length];
        expect(() => detectInFile(rules, path, text)).not.toThrow();
      }
      expect(() =>
        detectInFile(rules, 'a.yaml', undefined as unknown as string),
      ).not.toThrow();
      expect(() => detectInFile({} as any, 'a.yaml', 'x: 1')).not.toThrow();
    });
  });
});

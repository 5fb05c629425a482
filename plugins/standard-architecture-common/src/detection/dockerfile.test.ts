import {
  analyseDockerfile,
  parseDockerInstructions,
  substituteVariables,
} from './dockerfile';

const lines = (text: string) => text.split('\n');

describe('parseDockerInstructions', () => {
  it('joins continuation lines, drops comments inside them, and keeps the first line', () => {
    const instructions = parseDockerInstructions(
      lines(`FROM alpine:3.20
RUN apk add --no-cache \\
    # a comment inside the continuation
    curl \\

    jq
CMD ["sh"]`),
    );
    expect(instructions.map(i => [i.keyword, i.line])).toEqual([
      ['FROM', 1],
      ['RUN', 2],
      ['CMD', 7],
    ]);
    expect(instructions[1].args).toBe('apk add --no-cache  curl  jq');
  });

  it('honours the escape directive', () => {
    const instructions = parseDockerInstructions(
      lines(
        '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir `\n  C:\\\nCMD x',
      ),
    );
    expect(instructions.map(i => i.keyword)).toEqual(['FROM', 'RUN', 'CMD']);
  });

  it('skips heredoc bodies, which may look like instructions', () => {
    const instructions = parseDockerInstructions(
      lines(`FROM debian:12
RUN <<SCRIPT
FROM this-is-shell-text
SCRIPT
COPY <<-"CONF" /etc/app.conf
\tFROM also-not-an-instruction
\tCONF
USER app`),
    );
    expect(instructions.map(i => i.keyword)).toEqual([
      'FROM',
      'RUN',
      'COPY',
      'USER',
    ]);
  });
});

describe('substituteVariables', () => {
  const vars = new Map<string, string | undefined>([
    ['TAG', '21'],
    ['EMPTY', ''],
    ['NODEFAULT', undefined],
  ]);
  it.each([
    ['openjdk:$TAG', 'openjdk:21'],
    ['openjdk:${TAG}-jdk', 'openjdk:21-jdk'],
    ['node:${MISSING:-20}', 'node:20'],
    ['node:${EMPTY:-22}', 'node:22'],
    ['node:${EMPTY-22}', 'node:'],
    ['x${TAG:+-alt}', 'x-alt'],
    ['x${EMPTY:+-alt}', 'x'],
  ])('%s → %s', (text, expected) => {
    expect(substituteVariables(text, vars)).toEqual({ value: expected });
  });

  it('names the variable it cannot resolve', () => {
    expect(substituteVariables('${NODEFAULT}', vars)).toEqual({
      missing: 'NODEFAULT',
      declared: true,
    });
    expect(substituteVariables('$UNKNOWN/app', vars)).toEqual({
      missing: 'UNKNOWN',
      declared: false,
    });
  });
});

describe('analyseDockerfile', () => {
  it('resolves global ARGs in FROM and finds the runtime stage of a multi-stage build', () => {
    const analysis = analyseDockerfile(
      lines(`ARG JAVA_VERSION=21
ARG RUNTIME=gcr.io/distroless/java\${JAVA_VERSION}-debian12
FROM --platform=$BUILDPLATFORM eclipse-temurin:\${JAVA_VERSION}-jdk AS build
ARG JAVA_VERSION
RUN ./mvnw package
FROM \${RUNTIME} AS runtime
COPY --from=build /app/target/app.jar /app.jar`),
    );
    expect(analysis.problems).toEqual([]);
    expect(analysis.multiStage).toBe(true);
    expect(analysis.baseImages).toEqual([
      {
        line: 3,
        image: 'eclipse-temurin:21-jdk',
        stage: 'build',
        final: false,
      },
      {
        line: 6,
        image: 'gcr.io/distroless/java21-debian12',
        stage: 'runtime',
        final: true,
      },
    ]);
  });

  it('follows a final stage built FROM an earlier stage to its image', () => {
    const analysis = analyseDockerfile(
      lines(`FROM golang:1.22 AS build
FROM gcr.io/distroless/static-debian12:nonroot AS base
FROM build AS test
FROM base
COPY --from=build /out/app /app`),
    );
    expect(analysis.baseImages.map(b => [b.image, b.stage, b.final])).toEqual([
      ['golang:1.22', 'build', false],
      ['gcr.io/distroless/static-debian12:nonroot', 'base', true],
    ]);
    expect(analysis.imageReferences.map(r => r.image)).toEqual([
      'golang:1.22',
      'gcr.io/distroless/static-debian12:nonroot',
    ]);
  });

  it('names a stage by index when it has no AS name, and reads COPY --from images', () => {
    const analysis = analyseDockerfile(
      lines(`FROM node:20
COPY --from=0 /a /b
COPY --from=docker.io/bitnami/kubectl:1.30 /opt/bitnami/kubectl/bin/kubectl /usr/local/bin/`),
    );
    expect(analysis.baseImages).toEqual([
      { line: 1, image: 'node:20', stage: '0', final: true },
    ]);
    expect(analysis.multiStage).toBe(false);
    expect(analysis.imageReferences).toEqual([
      { image: 'node:20', line: 1 },
      { image: 'docker.io/bitnami/kubectl:1.30', line: 3 },
    ]);
  });

  it('reports an ARG without a value and keeps scanning the rest', () => {
    const analysis = analyseDockerfile(
      lines(`ARG BASE_IMAGE
FROM \${BASE_IMAGE} AS build
RUN make
FROM gcr.io/distroless/base-debian12
COPY --from=build /out /`),
    );
    expect(analysis.problems).toEqual([
      {
        line: 2,
        message:
          'cannot resolve FROM "${BASE_IMAGE}": ARG BASE_IMAGE has no default value',
      },
    ]);
    expect(analysis.baseImages).toEqual([
      {
        line: 4,
        image: 'gcr.io/distroless/base-debian12',
        stage: '1',
        final: true,
      },
    ]);
  });

  it('does not let ARGs declared inside a stage change FROM', () => {
    const analysis = analyseDockerfile(
      lines(`FROM alpine:3.20 AS a
ARG LATER=python:3.12
FROM $LATER`),
    );
    expect(analysis.problems[0].message).toMatch(
      /LATER is not declared with ARG before the first FROM/,
    );
    expect(analysis.baseImages.some(b => b.final)).toBe(false);
  });

  it('survives empty and odd input', () => {
    expect(analyseDockerfile([]).baseImages).toEqual([]);
    expect(analyseDockerfile(['FROM']).baseImages).toEqual([]);
    expect(analyseDockerfile(['RUN echo \\']).baseImages).toEqual([]);
    expect(
      analyseDockerfile(['FROM a AS b', 'FROM b AS a']).baseImages,
    ).toEqual([{ line: 1, image: 'a', stage: 'b', final: true }]);
  });
});

import {
  imagePatternRegExp,
  imageRepository,
  isDistrolessImage,
  staticImageReference,
} from './imageReference';

describe('image references', () => {
  it.each([
    ['prom/prometheus:v2.53.0', 'prom/prometheus'],
    ['docker.io/prom/prometheus', 'prom/prometheus'],
    ['docker.io/library/nginx:1.27@sha256:abc', 'nginx'],
    ['library/nginx', 'nginx'],
    ['localhost:5000/team/app:1', 'localhost:5000/team/app'],
    ['Quay.io/Strimzi/Kafka:0.41.0-kafka-3.7.0', 'quay.io/strimzi/kafka'],
  ])('%s has repository %s', (ref, repository) => {
    expect(imageRepository(ref)).toBe(repository);
  });

  it.each([
    ['prom/prometheus:{{ .Values.tag }}', 'prom/prometheus'],
    [
      '"registry.k8s.io/ingress-nginx/controller:{{ .Chart.AppVersion }}"',
      'registry.k8s.io/ingress-nginx/controller',
    ],
    ['{{ .Values.image.repository }}:{{ .Values.image.tag }}', undefined],
    ['quay.io/{{ .Values.org }}/app', undefined],
    [
      '${REGISTRY:-docker.io}/jaegertracing/all-in-one:${TAG}',
      'docker.io/jaegertracing/all-in-one',
    ],
    ['$IMAGE', undefined],
    ['not an image', undefined],
  ])('static part of %s is %s', (value, expected) => {
    expect(staticImageReference(value)).toBe(expected);
  });

  it('matches patterns with * inside a segment and through registry mirrors', () => {
    const test = (pattern: string, ref: string) =>
      imagePatternRegExp(pattern).test(imageRepository(ref));
    expect(test('jaegertracing/*', 'jaegertracing/all-in-one:1.57')).toBe(true);
    expect(test('jaegertracing/*', 'jaegertracing/a/b')).toBe(false);
    expect(
      test(
        'prom/prometheus',
        'harbor.example.com/dockerhub/prom/prometheus:v2',
      ),
    ).toBe(true);
    expect(test('prom/prometheus', 'myorg/prom/prometheus')).toBe(false);
    expect(test('prom/prometheus', 'prom/prometheus-exporter')).toBe(false);
    expect(test('elasticsearch', 'elasticsearch:8.14.0')).toBe(true);
    expect(test('elasticsearch', 'bitnami/elasticsearch')).toBe(false);
    expect(
      test(
        'registry.k8s.io/ingress-nginx/controller',
        'mirror.example.com/registry.k8s.io/ingress-nginx/controller',
      ),
    ).toBe(false);
  });

  it.each([
    ['gcr.io/distroless/java21-debian12:nonroot', true],
    ['cgr.dev/chainguard/node:latest', true],
    ['registry.example.com/base/distroless-python:3.12', true],
    ['scratch', true],
    ['eclipse-temurin:21-jre', false],
    ['python:3.12-slim', false],
  ])('%s looks distroless: %s', (image, expected) => {
    expect(isDistrolessImage(image)).toBe(expected);
  });
});

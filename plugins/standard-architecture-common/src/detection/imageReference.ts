/**
 * Image references as people write them (`prom/prometheus:v2.53.0`,
 * `docker.io/library/nginx`, `registry:5000/app@sha256:…`), reduced to a
 * comparable repository name.
 */

const DOCKER_HUB_PREFIX =
  /^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\//;

/** A first segment with a dot, a port or `localhost` names a registry. */
function isRegistryHost(segment: string): boolean {
  return /[.:]/.test(segment) || segment === 'localhost';
}

/**
 * The repository without tag or digest, lower-cased, with Docker Hub's
 * implicit registry and `library/` removed: `docker.io/library/nginx:1` →
 * `nginx`, `quay.io/prometheus/prometheus` stays as it is.
 * @public
 */
export function imageRepository(reference: string): string {
  let ref = reference.trim().toLowerCase().split('@')[0];
  const colon = ref.lastIndexOf(':');
  if (colon > ref.lastIndexOf('/')) ref = ref.slice(0, colon);
  ref = ref.replace(DOCKER_HUB_PREFIX, '');
  return ref.replace(/^library\//, '');
}

/**
 * The part of a reference that is known before templating: `prom/x:{{ .tag }}`
 * gives `prom/x:`, and `{{ .Values.image }}` gives nothing. Compose-style
 * `${VAR:-default}` takes its default.
 */
export function staticImageReference(value: string): string | undefined {
  let ref = value
    .trim()
    .replace(/\$\{[A-Za-z_]\w*:?-([^}$]*)\}/g, '$1')
    .replace(/^["']|["']$/g, '');
  const cut = ref.search(/\{\{|\$/);
  if (cut >= 0) {
    const known = ref.slice(0, cut);
    // Only a templated tag or digest leaves the repository intact.
    const tagStart = Math.max(known.lastIndexOf(':'), known.lastIndexOf('@'));
    if (tagStart <= known.lastIndexOf('/')) return undefined;
    ref = known.slice(0, tagStart);
  }
  if (!/^[a-z0-9][\w.\-/:@]*$/i.test(ref)) return undefined;
  return ref;
}

/**
 * Compiles an image pattern. `*` matches within one path segment and `**`
 * across segments. A pattern without a registry (`prom/prometheus`) also
 * matches the same repository behind a registry mirror or proxy
 * (`harbor.example.com/dockerhub/prom/prometheus`), as long as it names at
 * least an owner and a name, so `elasticsearch` does not match
 * `bitnami/elasticsearch`.
 */
export function imagePatternRegExp(pattern: string): RegExp {
  const normalised = imageRepository(pattern);
  const body = normalised
    .split('**')
    .map(part =>
      part
        .split('*')
        .map(text => text.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
        .join('[^/]*'),
    )
    .join('.*');
  const segments = normalised.split('/');
  const mirrorable = segments.length >= 2 && !isRegistryHost(segments[0]);
  const mirror = mirrorable ? '(?:[^/]*[.:][^/]*/(?:[^/]+/)*)?' : '';
  return new RegExp(`^${mirror}${body}$`);
}

/**
 * Does the image look distroless: Google's distroless images, Chainguard's,
 * anything with `distroless` in its name, or `scratch`, which has no
 * distribution at all.
 * @public
 */
export function isDistrolessImage(image: string): boolean {
  const repository = imageRepository(image);
  return (
    repository === 'scratch' ||
    repository.startsWith('gcr.io/distroless/') ||
    repository.startsWith('cgr.dev/chainguard/') ||
    repository.includes('distroless')
  );
}

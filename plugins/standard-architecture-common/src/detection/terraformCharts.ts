/**
 * Helm charts a Terraform file installs: `chart = "name"` in a
 * `helm_release` (or any block), with `repo/name` and `oci://…/name` reduced
 * to the name. Line-based: HCL needs no more for this.
 */
export function terraformChartReferences(
  lines: readonly string[],
): Array<{ name: string; line: number }> {
  const charts: Array<{ name: string; line: number }> = [];
  let inBlockComment = false;
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (inBlockComment) {
      if (line.includes('*/')) inBlockComment = false;
      return;
    }
    if (line.startsWith('/*')) {
      inBlockComment = !line.includes('*/');
      return;
    }
    const match = /^chart\s*=\s*"([^"$]+)"/.exec(line);
    const name = match?.[1].replace(/\/+$/, '').split('/').pop();
    if (name) charts.push({ name, line: index + 1 });
  });
  return charts;
}

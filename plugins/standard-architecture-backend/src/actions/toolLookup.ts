import {
  latestToolRecords,
  Standard,
} from '@k8s-standard/plugin-standard-architecture-common';

/** What a name matched: one tool, several (ambiguous), or none. */
export interface ToolMatch {
  toolId?: string;
  candidates: string[];
}

// "Argo CD", "argo-cd" and "ArgoCD" are the same tool to a person.
const normalise = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Finds tools of the standard by what people call them: the id, the name,
 * the Korean name or the GitHub repository name, ignoring case, spaces and
 * punctuation. Only `knownIds` (the tools the judged edition knows) match.
 */
export function createToolLookup(
  standard: Standard,
  knownIds: Iterable<string>,
): (text: string) => ToolMatch {
  const known = new Set(knownIds);
  const byKey = new Map<string, Set<string>>();
  for (const { tool } of latestToolRecords(standard)) {
    if (!known.has(tool.id)) continue;
    const repository = tool.github?.split('/')[1];
    for (const name of [tool.id, tool.name, tool.nameKo, repository]) {
      const key = name && normalise(name);
      if (!key) continue;
      const ids = byKey.get(key) ?? new Set<string>();
      ids.add(tool.id);
      byKey.set(key, ids);
    }
  }
  return text => {
    const exactId = text.trim().toLowerCase();
    if (known.has(exactId)) return { toolId: exactId, candidates: [] };
    const ids = [...(byKey.get(normalise(text)) ?? [])].sort();
    return ids.length === 1
      ? { toolId: ids[0], candidates: [] }
      : { candidates: ids };
  };
}

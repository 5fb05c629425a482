import { BilingualText, LayerId, ToolStatus } from './schema';
import { Standard } from './standard';
import { layerOfCategory } from './editions';

/**
 * A tool's record in one edition.
 * @public
 */
export interface ToolHistoryEntry {
  year: number;
  status: ToolStatus;
  layer?: LayerId;
  category: string;
  license: string;
  stars?: { count: number; asOf: string };
  statusReason?: BilingualText;
  source: string;
}

/**
 * Every edition the tool appears in, oldest first.
 * @public
 */
export function toolHistory(
  standard: Standard,
  toolId: string,
): ToolHistoryEntry[] {
  return standard.editions
    .flatMap(edition => {
      const tool = edition.tools.find(t => t.id === toolId);
      return tool
        ? [
            {
              year: edition.year,
              status: tool.status,
              layer: layerOfCategory(edition, tool.category),
              category: tool.category,
              license: tool.license,
              stars: tool.stars,
              statusReason: tool.statusReason,
              source: edition.source,
            },
          ]
        : [];
    })
    .sort((a, b) => a.year - b.year);
}

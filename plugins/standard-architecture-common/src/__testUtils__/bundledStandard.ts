import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { DataFile, loadStandard, Standard } from '../standard';

export const DATA_DIR = join(__dirname, '../../data');

export function bundledFiles(): { editions: DataFile[]; baseImages: DataFile } {
  const dir = join(DATA_DIR, 'editions');
  return {
    editions: readdirSync(dir)
      .filter(f => f.endsWith('.yaml'))
      .map(f => ({ source: f, content: readFileSync(join(dir, f)) })),
    baseImages: {
      source: 'base-images.yaml',
      content: readFileSync(join(DATA_DIR, 'base-images.yaml')),
    },
  };
}

/** The bundled standard, optionally with an overlay file's content. */
export function bundledStandard(overlay?: string): Standard {
  const result = loadStandard({
    ...bundledFiles(),
    overlay: overlay ? { source: 'overlay.yaml', content: overlay } : undefined,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.value;
}

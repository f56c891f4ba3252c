import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** A static file of the respondent pages, read once at start, named by its content hash. */
export interface Asset {
  /** The URL path, e.g. /r/assets/respondent.3f2a9c1d.css: a new version gets a new URL. */
  path: string;
  type: string;
  body: Buffer;
  gzip: Buffer;
  brotli: Buffer;
}

const FILES = { css: 'respondent.css', js: 'respondent.js' } as const;
const TYPES: Record<string, string> = { css: 'text/css; charset=utf-8', js: 'text/javascript; charset=utf-8' };

/** Loads the stylesheet and the script, compressed ahead of time with gzip and brotli. */
export function loadAssets(): { css: Asset; js: Asset; byPath: Map<string, Asset> } {
  const folder = findAssetFolder();
  const load = (file: string): Asset => {
    const body = readFileSync(join(folder, file));
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
    const [stem, extension] = file.split('.') as [string, string];
    return {
      path: `/r/assets/${stem}.${hash}.${extension}`,
      type: TYPES[extension] ?? 'application/octet-stream',
      body,
      gzip: gzipSync(body, { level: 9 }),
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    };
  };
  const css = load(FILES.css);
  const js = load(FILES.js);
  return { css, js, byPath: new Map([css, js].map((asset) => [asset.path, asset])) };
}

// The files live beside this module in src/; tsc does not copy them to dist/, so the
// compiled server finds them under the project root instead.
function findAssetFolder(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'assets')];
  let directory = here;
  for (let depth = 0; depth < 6; depth += 1) {
    if (existsSync(join(directory, 'package.json'))) candidates.push(join(directory, 'src', 'http', 'respondent', 'assets'));
    directory = dirname(directory);
  }
  const found = candidates.find((candidate) => existsSync(join(candidate, FILES.css)));
  if (!found) throw new Error(`respondent assets not found in ${candidates.join(', ')}`);
  return found;
}

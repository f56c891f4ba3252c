import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built front end: `dist/web` under the project root, found from this file's place. */
export function findWebDirectory(): string | undefined {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth += 1) {
    if (existsSync(join(directory, 'package.json'))) {
      const web = join(directory, 'dist', 'web');
      return existsSync(join(web, 'index.html')) ? web : undefined;
    }
    directory = dirname(directory);
  }
  return undefined;
}

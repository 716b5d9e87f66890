/**
 * Where pgshift is installed: the folder of its package.json. The CLI runs from a bundle
 * (dist/bundle, scripts/bundle.mjs) and the library from the compiled modules (dist/lib), so files
 * that ship beside the code (the config schema, the rule files, the parser worker) are found from
 * this root, never from the calling module's own location.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The package root: the nearest folder at or above this module with pgshift's package.json. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'pgshift') return (root = dir);
      } catch {
        /* not ours: keep looking */
      }
    }
    const up = dirname(dir);
    if (up === dir) throw new Error('pgshift: cannot find the package root (package.json) above the installed code');
    dir = up;
  }
}

/** A path inside the installed package (`packagePath('dist', 'rules')`). */
export function packagePath(...parts: string[]): string {
  return join(packageRoot(), ...parts);
}

/** Schemas and extensions. */
import type { DiffContext } from './context.js';
import { diffMaps } from './context.js';

export function diffSchemas(ctx: DiffContext): void {
  diffMaps(ctx.from.schemas, ctx.to.schemas, {
    added: (schema) => ctx.changes.push({ kind: 'create_schema', schema }),
    removed: (schema) => {
      if (schema.name !== 'public') ctx.changes.push({ kind: 'drop_schema', schema });
    },
  });
}

export function diffExtensions(ctx: DiffContext): void {
  diffMaps(ctx.from.extensions, ctx.to.extensions, {
    added: (extension) => ctx.changes.push({ kind: 'create_extension', extension }),
    removed: (extension) => ctx.changes.push({ kind: 'drop_extension', extension }),
    both: (a, b) => {
      // SET SCHEMA keeps the objects that use the extension (dropping it would drop them); it fails for non-relocatable ones
      if ((a.schema ?? 'public') !== (b.schema ?? 'public')) ctx.changes.push({ kind: 'alter_extension_schema', extension: b });
      if (a.version && b.version && a.version !== b.version) {
        ctx.changes.push({ kind: 'alter_extension_version', extension: b, from: a.version });
      }
    },
  });
}

/** Hazards of the issue-4 change kinds: types, privileges, row-level security, partitions. */
import type { Change, Hazard } from '../diff/change.js';
import { isExtensionDowngrade } from './extension-version.js';

export function objectHazards(c: Change): Hazard[] {
  switch (c.kind) {
    case 'drop_domain':
    case 'drop_composite':
    case 'drop_range':
    case 'drop_collation': {
      if (!c.recreate) return [];
      const name = c.kind === 'drop_domain' ? c.domain.name : c.kind === 'drop_collation' ? c.collation.name : c.type.name;
      return [{ kind: 'may-fail', message: `drops ${name} to create it again with another definition: fails while columns or other objects use it` }];
    }
    case 'drop_attribute':
      return [{ kind: 'deletes-data', message: `drops attribute ${c.attribute.name} of type ${c.type.name}: values stored in columns of this type lose it` }];
    case 'alter_attribute_type':
      return [{ kind: 'may-fail', message: `fails if a table column stores type ${c.type.name} (PostgreSQL cannot change an attribute of a stored composite type)` }];
    case 'alter_domain_not_null':
      return c.domain.notNull ? [{ kind: 'may-fail', message: `fails if a column of domain ${c.domain.name} holds NULLs; scans every such column` }] : [];
    case 'add_domain_constraint':
      return c.constraint.notValid ? [] : [{ kind: 'scans-table', message: `checks ${c.constraint.name} against every column of domain ${c.domain.name}` }];
    case 'revoke':
      return [{ kind: 'breaks-readers', message: `revokes ${c.entries.map((e) => e.privilege).join(', ')} from ${[...new Set(c.entries.map((e) => e.grantee))].join(', ')}: their queries may fail` }];
    case 'set_row_security':
      return c.enabled ? [{ kind: 'breaks-readers', message: `enables row-level security on ${c.table.name}: roles without a matching policy see no rows` }] : [];
    case 'set_force_row_security':
      return c.forced ? [{ kind: 'breaks-readers', message: `row-level security on ${c.table.name} now applies to its owner too` }] : [];
    case 'create_policy':
    case 'alter_policy':
    case 'drop_policy':
      return [{ kind: 'breaks-readers', message: `changes which rows of ${c.table.name} policy ${c.policy.name} lets roles see or write` }];
    case 'detach_partition':
      return [{ kind: 'breaks-readers', message: `rows of ${c.table.name} disappear from ${c.parent.name}` }];
    case 'attach_partition':
      return [{ kind: 'scans-table', message: `scans ${c.table.name} to check its rows fit the partition bound` }];
    case 'alter_extension_version':
      if (isExtensionDowngrade(c.from, c.extension.version)) {
        const e = c.extension;
        return [{ kind: 'irreversible', message: `extension ${e.name} stays at version ${c.from}: extensions ship update scripts, not downgrade ones, so ALTER EXTENSION … UPDATE TO '${e.version}' has no path (not run); going back means DROP EXTENSION ${e.name} and everything using it, then CREATE EXTENSION ${e.name} VERSION '${e.version}'` }];
      }
      return [{ kind: 'may-fail', message: `needs an update path to version ${c.extension.version} in the scripts of extension ${c.extension.name} (downgrades rarely have one)` }];
    case 'alter_extension_schema':
      return [{ kind: 'may-fail', message: `fails unless extension ${c.extension.name} is relocatable` }];
    case 'set_replica_identity':
      return c.identity?.kind === 'nothing' ? [{ kind: 'breaks-readers', message: `UPDATE and DELETE on ${c.table.name} fail while it is in a publication (REPLICA IDENTITY NOTHING)` }] : [];
    case 'drop_inherit':
      return [{ kind: 'breaks-readers', message: `rows of ${c.table.name} disappear from queries on ${c.parent.name}` }];
    default:
      return [];
  }
}

/**
 * Change kinds of casts and event triggers (database-wide objects). Part of the closed `Change`
 * union (change.ts). Neither has an ALTER for its definition: a changed one is dropped and created.
 */
import type { Cast, EventTrigger } from '../catalog/model/catalog.js';

export type CastChange =
  | { kind: 'create_cast'; cast: Cast }
  | { kind: 'drop_cast'; cast: Cast }
  | { kind: 'create_event_trigger'; trigger: EventTrigger }
  | { kind: 'drop_event_trigger'; trigger: EventTrigger }
  /** ALTER EVENT TRIGGER … ENABLE [REPLICA | ALWAYS] | DISABLE. */
  | { kind: 'set_event_trigger_state'; trigger: EventTrigger };

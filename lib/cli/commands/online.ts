/** The online commands, one module each; re-exported here so main.ts registers them with one line. */
export { default as upgrade } from './upgrade.js';
export { default as downgrade } from './downgrade.js';
export { default as current } from './current.js';
export { default as history } from './history.js';
export { default as status } from './status.js';
export { default as stamp } from './stamp.js';
export { default as reset } from './reset.js';
export { default as verify } from './verify.js';
export { default as drift } from './drift.js';
export { default as init } from './init.js';
export { default as pull } from './pull.js';

import { loadModule, scanSync } from 'libpg-query';
await loadModule();
console.log(JSON.stringify(scanSync(process.argv[2])).slice(0,1500));

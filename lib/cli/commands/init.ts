import type { CommandModule } from 'yargs';
import { hasErrors } from '../../source/diagnostic.js';
import { init } from '../../api/init.js';
import { EXIT, printDiagnostics } from '../output.js';
import type { CommonArgs } from '../settings.js';

interface Args extends CommonArgs {
  fromChain?: string;
  baseline?: string;
}

const command: CommandModule<object, Args> = {
  command: 'init',
  describe: 'Start a project: pgshift.config.json, schema/, out/ and .gitignore entries; --from-chain DIR adopts an existing migration folder',
  builder: (y) =>
    y
      .option('from-chain', { type: 'string', describe: 'existing migration folder (pgshift, golang-migrate, diesel, dbmate, Flyway) to continue' })
      .option('baseline', { type: 'string', describe: "SQL file of what exists before the chain's first revision (e.g. its runner's version table); saved as config `baseline`" }) as any,
  handler: async (args) => {
    const r = await init(args.cwd ?? process.cwd(), { fromChain: args.fromChain, baseline: args.baseline });
    printDiagnostics(r.diagnostics.filter((d) => d.severity === 'error'));
    if (hasErrors(r.diagnostics)) {
      process.stderr.write('Nothing was written.\n');
      process.exitCode = EXIT.input;
      return;
    }
    process.stdout.write(`Wrote ${r.written.join(', ')}\n`);
    if (r.adopted) process.stdout.write(`Adopted ${r.adopted.dir} (${r.adopted.format}, ${r.adopted.revisions} revision(s)); schema/schema.sql holds the schema it builds. Edit schema/ and run \`pgshift generate -m …\` to continue the chain.\n`);
    else process.stdout.write('Write your schema in schema/*.sql, then run `pgshift generate -m "first revision"`.\n');
  },
};
export default command;

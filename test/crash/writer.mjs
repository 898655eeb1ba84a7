// Child process of the crash test: writes stories through the real use cases, one transaction
// each, and prints each story's id only after its write was acknowledged (committed).
import { createRecord } from '../../dist/app/records.js';
import { openConfiguredWorkspace } from '../../dist/cli/environment.js';

const workspace = await openConfiguredWorkspace({
  dataDir: process.argv[2],
  databaseUrl: undefined,
});
process.stdout.write('ready\n');
for (let index = 0; ; index += 1) {
  const story = await createRecord(workspace.ctx, 'story', {
    title: `Story ${index}`,
    situation: 'x'.repeat(2_000),
    tags: ['crash-test'],
  });
  process.stdout.write(`${story.id}\n`);
}

import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { createRecord, listRecords } from '../../app/records.js';
import { collect, printJson, UsageError, withWorkspace, type CliRuntime } from '../output.js';

interface AddOptions {
  title?: string;
  situation?: string;
  task?: string;
  action?: string;
  result?: string;
  reflection?: string;
  tag?: string[];
  metric?: string[];
  file?: string;
  json?: boolean;
}

function readStoryFile(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(
      `cannot read --file ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
    );
  }
  try {
    const parsed = JSON.parse(text) as unknown;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw new Error('not an object');
    return parsed as Record<string, unknown>;
  } catch {
    throw new UsageError(
      `--file ${file} must hold one JSON object with the story's fields (title, situation, task, action, result, reflection, tags).`,
    );
  }
}

export function registerStory(program: Command, runtime: CliRuntime): void {
  const story = program.command('story').description('Keep STAR stories in your story bank');

  story
    .command('add')
    .description('Add a story from flags, or from a JSON file with --file')
    .option('--title <title>', 'a short name for the story')
    .option('--situation <text>', 'the context')
    .option('--task <text>', 'what you had to achieve')
    .option('--action <text>', 'what you did')
    .option('--result <text>', 'what came of it, with numbers')
    .option('--reflection <text>', 'what you learned')
    .option('--tag <competency>', 'repeatable; competency the story shows', collect)
    .option('--metric <text>', 'repeatable; a number the story can quote', collect)
    .option('--file <file>', 'JSON object with the fields above (flags override it)')
    .option('--json', 'print the created story as JSON')
    .action(async (options: AddOptions) => {
      const fromFile = options.file ? readStoryFile(options.file) : {};
      const fromFlags = Object.fromEntries(
        Object.entries({
          title: options.title,
          situation: options.situation,
          task: options.task,
          action: options.action,
          result: options.result,
          reflection: options.reflection,
          tags: options.tag,
          metrics: options.metric,
        }).filter(([, value]) => value !== undefined),
      );
      const input = { ...fromFile, ...fromFlags };
      if (!('title' in input))
        throw new UsageError('a story needs a title: pass --title or a "title" in --file.');
      const created = await withWorkspace(runtime, (ctx) => createRecord(ctx, 'story', input));
      if (options.json) return printJson(runtime, created);
      runtime.out(`Added story ${created.id}: ${created.title}`);
    });

  story
    .command('list')
    .description('List the stories in your bank')
    .option('--json', 'print as JSON')
    .action(async (options: { json?: boolean }) => {
      const stories = await withWorkspace(runtime, (ctx) => listRecords(ctx, 'story'));
      if (options.json) return printJson(runtime, stories);
      if (stories.length === 0)
        runtime.out('No stories yet. Add one with `roundtwo story add --title …`.');
      for (const entry of stories) {
        const parts = (['situation', 'task', 'action', 'result', 'reflection'] as const)
          .filter((part) => entry[part].trim() !== '')
          .map((part) => part[0]?.toUpperCase())
          .join('');
        const tags = entry.tags.length > 0 ? `  #${entry.tags.join(' #')}` : '';
        runtime.out(`${entry.id}  ${entry.title}  [${parts || 'empty'}]${tags}`);
      }
    });
}

import type { Kysely } from 'kysely';
import type { ColumnTypes } from './column-types.js';

// Shipped migration: never edit. Change the schema with a new, later migration.

type ColumnSpec = readonly [name: string, kind: keyof ColumnTypes, options?: ColumnOptions];
interface ColumnOptions {
  readonly notNull?: boolean;
  /** `table.column` this column points to. */
  readonly references?: string;
  readonly onDelete?: 'cascade' | 'set null';
}

const owner = (table: string) =>
  ({ notNull: true, references: `${table}.id`, onDelete: 'cascade' }) as const;
const link = (table: string) => ({ references: `${table}.id`, onDelete: 'set null' }) as const;
const required = { notNull: true } as const;

const tables: Record<string, readonly ColumnSpec[]> = {
  opportunities: [
    ['company', 'text', required],
    ['role', 'text', required],
    ['status', 'text', required],
    ['location', 'text'],
    ['posting_url', 'text'],
    ['posting_text', 'text'],
    ['posting_html', 'text'],
    ['notes', 'text'],
  ],
  rounds: [
    ['opportunity_id', 'id', owner('opportunities')],
    ['number', 'int'],
    ['starts_at', 'instant'],
    ['time_zone', 'text', required],
    ['duration_minutes', 'int'],
    ['formats', 'json', required],
    ['location', 'text'],
    ['video_link', 'text'],
    ['logistics', 'text'],
    ['expected_decision_on', 'date'],
    ['status', 'text', required],
    ['notes', 'text'],
  ],
  interviewers: [
    ['opportunity_id', 'id', owner('opportunities')],
    ['name', 'text', required],
    ['title', 'text'],
    ['department', 'text'],
    ['audience_kind', 'text'],
    ['email', 'text'],
    ['profile_url', 'text'],
    ['background', 'text'],
    ['priorities', 'json', required],
    ['rapport_hooks', 'json', required],
    ['notes', 'text'],
  ],
  participations: [
    ['round_id', 'id', owner('rounds')],
    ['interviewer_id', 'id', owner('interviewers')],
    ['topics_discussed', 'json', required],
    ['concerns', 'json', required],
    ['notes', 'text'],
  ],
  debrief_items: [
    ['round_id', 'id', owner('rounds')],
    ['asked_by_interviewer_id', 'id', link('interviewers')],
    ['question', 'text', required],
    ['answer_summary', 'text'],
    ['self_rating', 'int'],
    ['follow_up_needed', 'bool', required],
    ['notes', 'text'],
  ],
  missed_points: [
    ['round_id', 'id', owner('rounds')],
    ['interviewer_id', 'id', link('interviewers')],
    ['point', 'text', required],
    ['addressed', 'bool', required],
  ],
  promises: [
    ['round_id', 'id', owner('rounds')],
    ['to_interviewer_id', 'id', link('interviewers')],
    ['promise', 'text', required],
    ['due_on', 'date'],
    ['kept', 'bool', required],
  ],
  feedback: [
    ['round_id', 'id', owner('rounds')],
    ['from_interviewer_id', 'id', link('interviewers')],
    ['feedback', 'text', required],
    ['tone', 'text', required],
  ],
  company_research: [
    ['opportunity_id', 'id', owner('opportunities')],
    ['mission', 'text'],
    ['values', 'json', required],
    ['products', 'json', required],
    ['competitors', 'json', required],
    ['culture', 'text'],
    ['website', 'text'],
    ['notes', 'text'],
  ],
  news_items: [
    ['opportunity_id', 'id', owner('opportunities')],
    ['headline', 'text', required],
    ['published_on', 'date'],
    ['source', 'text'],
    ['url', 'text'],
    ['summary', 'text'],
    ['talking_point', 'text'],
  ],
  evidence_items: [
    ['kind', 'text', required],
    ['title', 'text', required],
    ['organization', 'text'],
    ['start_date', 'date'],
    ['end_date', 'date'],
    ['summary', 'text'],
    ['highlights', 'json', required],
    ['skills', 'json', required],
    ['url', 'text'],
  ],
  stories: [
    ['title', 'text', required],
    ['situation', 'text', required],
    ['task', 'text', required],
    ['action', 'text', required],
    ['result', 'text', required],
    ['reflection', 'text', required],
    ['tags', 'json', required],
    ['metrics', 'json', required],
    ['notes', 'text'],
  ],
  questions_to_ask: [
    ['opportunity_id', 'id', owner('opportunities')],
    ['asked_in_round_id', 'id', link('rounds')],
    ['question', 'text', required],
    ['category', 'text'],
    ['target_interviewer_ids', 'json', required],
    ['answer_notes', 'text'],
  ],
  practice_attempts: [
    ['opportunity_id', 'id', link('opportunities')],
    ['round_id', 'id', link('rounds')],
    ['story_id', 'id', link('stories')],
    ['question', 'text', required],
    ['mode', 'text', required],
    ['transcript', 'text', required],
    ['duration_seconds', 'real'],
    ['self_rating', 'int'],
    ['recording_file', 'text'],
    ['attempted_at', 'instant'],
    ['notes', 'text'],
  ],
  thank_you_notes: [
    ['round_id', 'id', owner('rounds')],
    ['interviewer_id', 'id', owner('interviewers')],
    ['subject', 'text', required],
    ['body', 'text', required],
    ['due_at', 'instant'],
    ['status', 'text', required],
    ['sent_at', 'instant'],
  ],
  reflections: [
    ['round_id', 'id', owner('rounds')],
    ['preparation_rating', 'int'],
    ['answers_rating', 'int'],
    ['body_language_rating', 'int'],
    ['connection_rating', 'int'],
    ['went_well', 'text'],
    ['to_improve', 'text'],
    ['lessons', 'json', required],
  ],
  salary_preps: [
    ['opportunity_id', 'id', owner('opportunities')],
    ['currency', 'text', required],
    ['target', 'real'],
    ['range_low', 'real'],
    ['range_high', 'real'],
    ['walk_away', 'real'],
    ['market_sources', 'json', required],
    ['notes', 'text'],
  ],
  presentation_plans: [
    ['opportunity_id', 'id', owner('opportunities')],
    ['round_id', 'id', link('rounds')],
    ['topic', 'text', required],
    ['audience', 'text'],
    ['time_limit_minutes', 'int'],
    ['sections', 'json', required],
  ],
  day_plans: [
    ['opportunity_id', 'id', owner('opportunities')],
    ['first30', 'json', required],
    ['first60', 'json', required],
    ['first90', 'json', required],
    ['notes', 'text'],
  ],
  personal_whys: [
    ['opportunity_id', 'id', owner('opportunities')],
    ['why_role', 'text', required],
    ['why_company', 'text', required],
    ['why_now', 'text', required],
  ],
  follow_ups: [
    ['opportunity_id', 'id', owner('opportunities')],
    ['round_id', 'id', link('rounds')],
    ['kind', 'text', required],
    ['due_on', 'date'],
    ['subject', 'text', required],
    ['body', 'text', required],
    ['status', 'text', required],
    ['sent_at', 'instant'],
  ],
};

/** One record of a kind per owner: a second one is a conflict, not a silent duplicate. */
const uniques: Record<string, readonly string[]> = {
  rounds: ['opportunity_id', 'number'],
  participations: ['round_id', 'interviewer_id'],
  thank_you_notes: ['round_id', 'interviewer_id'],
  company_research: ['opportunity_id'],
  reflections: ['round_id'],
  salary_preps: ['opportunity_id'],
  day_plans: ['opportunity_id'],
  personal_whys: ['opportunity_id'],
};

export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('workspaces')
    .addColumn('id', types.id, (col) => col.primaryKey())
    .addColumn('name', types.text, (col) => col.notNull())
    .addColumn('created_at', types.instant, (col) => col.notNull())
    .addColumn('updated_at', types.instant, (col) => col.notNull())
    .execute();

  for (const [table, columns] of Object.entries(tables)) {
    let builder = db.schema
      .createTable(table)
      .addColumn('id', types.id, (col) => col.primaryKey())
      .addColumn('workspace_id', types.id, (col) =>
        col.notNull().references('workspaces.id').onDelete('cascade'),
      );
    for (const [name, kind, options = {}] of columns) {
      builder = builder.addColumn(name, types[kind], (col) => {
        let column = options.notNull ? col.notNull() : col;
        if (options.references) {
          column = column.references(options.references).onDelete(options.onDelete ?? 'cascade');
        }
        return column;
      });
    }
    builder = builder
      .addColumn('created_at', types.instant, (col) => col.notNull())
      .addColumn('updated_at', types.instant, (col) => col.notNull());
    const unique = uniques[table];
    if (unique) builder = builder.addUniqueConstraint(`${table}_unique`, [...unique] as never[]);
    await builder.execute();

    await db.schema
      .createIndex(`${table}_workspace`)
      .on(table)
      .columns(['workspace_id', 'created_at'])
      .execute();
    for (const [name, , options] of columns) {
      if (options?.references) {
        await db.schema.createIndex(`${table}_${name}`).on(table).column(name).execute();
      }
    }
  }
}

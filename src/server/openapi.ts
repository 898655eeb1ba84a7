import { z } from 'zod';
import { entities, entityKinds } from '../domain/entities.js';
import type { Reference } from '../domain/entity.js';
import { workspaceDocumentSchema } from '../domain/workspace-document.js';
import { afterRoundPaths } from './after-round-openapi.js';
import { briefSchema } from '../domain/brief.js';
import {
  answerAnalysisRequest,
  askAnalysisRequest,
  noteAnalysisRequest,
} from '../domain/analysis-request.js';

type JsonSchema = Record<string, unknown>;

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
  }) as JsonSchema;
  return rest;
};

const problem = { $ref: '#/components/responses/Problem' };
const json = (ref: string) => ({ 'application/json': { schema: { $ref: ref } } });

/**
 * The OpenAPI 3.1 description of the HTTP API, generated from the same zod schemas that validate
 * requests, so the two cannot drift apart.
 */
export function openApiDocument(version: string): JsonSchema {
  const schemas: Record<string, JsonSchema> = {};
  const paths: Record<string, JsonSchema> = {};
  for (const kind of entityKinds) {
    const entity = entities[kind];
    const name = kind.charAt(0).toUpperCase() + kind.slice(1);
    schemas[name] = jsonSchema(entity.record, 'output');
    schemas[`${name}Create`] = jsonSchema(entity.create, 'input');
    schemas[`${name}Patch`] = jsonSchema(entity.patch, 'input');
    const record = `#/components/schemas/${name}`;
    const filters = Object.keys(entity.references as Record<string, Reference>).map((field) => ({
      name: field,
      in: 'query',
      required: false,
      schema: { type: 'string' },
      description: `Only ${entity.collection} whose ${field} is this id.`,
    }));
    const idParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
    paths[`/api/v1/${entity.collection}`] = {
      get: {
        operationId: `list${name}`,
        tags: [entity.collection],
        parameters: filters,
        responses: {
          200: {
            description: `The ${entity.collection}`,
            content: { 'application/json': { schema: { type: 'array', items: { $ref: record } } } },
          },
          422: problem,
        },
      },
      post: {
        operationId: `create${name}`,
        tags: [entity.collection],
        requestBody: { required: true, content: json(`#/components/schemas/${name}Create`) },
        responses: {
          201: { description: `The new ${entity.label}`, content: json(record) },
          400: problem,
          409: problem,
          413: problem,
          415: problem,
          422: problem,
        },
      },
    };
    paths[`/api/v1/${entity.collection}/{id}`] = {
      parameters: [idParameter],
      get: {
        operationId: `get${name}`,
        tags: [entity.collection],
        responses: {
          200: { description: `The ${entity.label}`, content: json(record) },
          404: problem,
        },
      },
      patch: {
        operationId: `update${name}`,
        tags: [entity.collection],
        requestBody: { required: true, content: json(`#/components/schemas/${name}Patch`) },
        responses: {
          200: { description: `The changed ${entity.label}`, content: json(record) },
          400: problem,
          404: problem,
          409: problem,
          415: problem,
          422: problem,
        },
      },
      delete: {
        operationId: `delete${name}`,
        tags: [entity.collection],
        responses: { 204: { description: 'Deleted, with everything it owned' }, 404: problem },
      },
    };
  }
  schemas.WorkspaceDocument = jsonSchema(workspaceDocumentSchema, 'output');
  paths['/api/v1/workspace/export'] = {
    get: {
      operationId: 'exportWorkspace',
      tags: ['workspace'],
      parameters: [
        {
          name: 'share',
          in: 'query',
          required: false,
          schema: { type: 'boolean' },
          description:
            'Export for sharing with a coach: private fields (the salary walk-away, salary notes) are left empty and the document carries `"share": true`. Such a file imports only into an empty workspace.',
        },
      ],
      responses: {
        200: {
          description: 'The whole workspace',
          content: json('#/components/schemas/WorkspaceDocument'),
        },
        422: problem,
      },
    },
  };
  paths['/api/v1/workspace/import'] = {
    post: {
      operationId: 'importWorkspace',
      tags: ['workspace'],
      description:
        'All or nothing. 409 when the workspace holds records and `replace` is not given, and always when the file is a share export (`"share": true`) and the workspace is not empty: it lacks the private fields, so it must not replace them.',
      parameters: [
        {
          name: 'replace',
          in: 'query',
          required: false,
          schema: { type: 'boolean' },
          description: 'Replace what the workspace holds.',
        },
      ],
      requestBody: { required: true, content: json('#/components/schemas/WorkspaceDocument') },
      responses: {
        200: { description: 'How many records were imported' },
        409: problem,
        413: problem,
        422: problem,
      },
    },
  };
  paths['/api/v1/workspace/example'] = {
    post: {
      operationId: 'loadExample',
      tags: ['workspace'],
      responses: {
        201: {
          description: 'The example opportunity',
          content: json('#/components/schemas/Opportunity'),
        },
      },
    },
  };
  schemas.Finding = {
    type: 'object',
    required: ['kind', 'severity', 'message', 'advice', 'start', 'end'],
    description:
      'Something the coach noticed, with the evidence (character offsets into the text) and what to do.',
    properties: {
      kind: { type: 'string' },
      severity: { type: 'string', enum: ['info', 'warn', 'problem'] },
      message: { type: 'string' },
      advice: { type: 'string' },
      start: { type: 'integer' },
      end: { type: 'integer' },
      spans: {
        type: 'array',
        items: {
          type: 'object',
          properties: { start: { type: 'integer' }, end: { type: 'integer' } },
        },
      },
      threshold: {
        type: 'object',
        properties: {
          name: { type: 'string' },
          value: { type: 'number' },
          unit: { type: 'string' },
          source: { type: 'string' },
        },
      },
    },
  };
  const analyses = [
    [
      'answer',
      answerAnalysisRequest,
      'Analyse an interview answer or story: STAR parts, measured result, ownership, tone, hedges, fillers, length and pace.',
    ],
    [
      'ask',
      askAnalysisRequest,
      'Analyse a question to ask an interviewer: category, premature compensation, website-answerable, closed yes/no, repeats of round 1.',
    ],
    [
      'note',
      noteAnalysisRequest,
      'Analyse a thank-you note: placeholders, specifics, copies of other notes, length, name, spelling, lateness.',
    ],
  ] as const;
  for (const [kind, schema, summary] of analyses) {
    const name = `${kind.charAt(0).toUpperCase()}${kind.slice(1)}AnalysisRequest`;
    schemas[name] = jsonSchema(schema, 'input');
    paths[`/api/v1/analyze/${kind}`] = {
      post: {
        operationId: `analyze${kind.charAt(0).toUpperCase()}${kind.slice(1)}`,
        tags: ['analyze'],
        summary,
        requestBody: { required: true, content: json(`#/components/schemas/${name}`) },
        responses: {
          200: {
            description: 'The analysis; `findings` lists what was found',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['findings'],
                  properties: {
                    findings: { type: 'array', items: { $ref: '#/components/schemas/Finding' } },
                  },
                  additionalProperties: true,
                },
              },
            },
          },
          400: problem,
          415: problem,
          422: problem,
        },
      },
    };
  }
  const planned = (summary: string) => ({
    description: summary,
    content: { 'application/json': { schema: { type: 'object', additionalProperties: true } } },
  });
  paths['/api/v1/rounds/{id}/plan'] = {
    parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
    get: {
      operationId: 'planRound',
      tags: ['plan'],
      summary:
        'Likely questions per interviewer with a story for each and the reasons, questions to ask them, and the gaps in your evidence.',
      responses: { 200: planned('The round plan'), 404: problem },
    },
  };
  paths['/api/v1/opportunities/{id}/coverage'] = {
    parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
    get: {
      operationId: 'opportunityCoverage',
      tags: ['plan'],
      summary:
        "How your stories and résumé cover the posting's requirements and responsibilities, gaps first.",
      responses: { 200: planned('The posting and its coverage'), 404: problem },
    },
  };
  paths['/api/v1/resume/import'] = {
    post: {
      operationId: 'importResume',
      tags: ['resume'],
      summary:
        'Import résumé items from a JSON Resume (application/json) or a plain-text résumé (text/plain), all or nothing.',
      parameters: [
        {
          name: 'replace',
          in: 'query',
          required: false,
          schema: { type: 'boolean' },
          description: 'Replace the existing résumé items.',
        },
      ],
      requestBody: {
        required: true,
        content: {
          'application/json': { schema: { type: 'object' } },
          'text/plain': { schema: { type: 'string' } },
        },
      },
      responses: {
        200: planned('How many items were created, by kind'),
        413: problem,
        415: problem,
        422: problem,
      },
    },
  };
  const idParameter = [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }];
  const download = (type: string, description: string) => ({
    description,
    content: { [type]: { schema: { type: 'string' } } },
  });
  paths['/api/v1/rounds/{id}/thank-you-notes/draft'] = {
    parameters: idParameter,
    post: {
      operationId: 'draftThankYouNotes',
      tags: ['follow-through'],
      summary:
        'Draft a thank-you note for each interviewer of the round who has none, due by the deadline rule; returns every note of the round with its findings and overdue flag.',
      responses: { 200: planned('The round’s thank-you notes'), 404: problem },
    },
  };
  paths['/api/v1/thank-you-notes/{id}/sent'] = {
    parameters: idParameter,
    post: {
      operationId: 'markThankYouSent',
      tags: ['follow-through'],
      summary: 'Mark a thank-you note as sent, now or at `sentAt`.',
      requestBody: {
        required: false,
        content: {
          'application/json': {
            schema: {
              type: 'object',
              properties: { sentAt: { type: 'string', format: 'date-time' } },
              additionalProperties: false,
            },
          },
        },
      },
      responses: { 200: planned('The note'), 404: problem, 415: problem, 422: problem },
    },
  };
  paths['/api/v1/thank-you-notes/{id}/eml'] = {
    parameters: idParameter,
    get: {
      operationId: 'thankYouEml',
      tags: ['follow-through'],
      summary: 'The note as an .eml draft (RFC 5322) addressed to the interviewer.',
      responses: { 200: download('message/rfc822', 'The .eml file'), 404: problem },
    },
  };
  paths['/api/v1/thank-you-notes/{id}/mailto'] = {
    parameters: idParameter,
    get: {
      operationId: 'thankYouMailto',
      tags: ['follow-through'],
      summary: 'The note as a mailto: link (RFC 6068), or null when it is too long for one.',
      responses: { 200: planned('`{ mailto: string | null }`'), 404: problem },
    },
  };
  paths['/api/v1/rounds/{id}/calendar.ics'] = {
    parameters: idParameter,
    get: {
      operationId: 'roundCalendar',
      tags: ['follow-through'],
      summary:
        'The round as an iCalendar file: the event in the round’s time zone, two reminders, and a to-do for the thank-you notes.',
      responses: { 200: download('text/calendar', 'The .ics file'), 404: problem, 422: problem },
    },
  };
  paths['/api/v1/interviewers/{id}/contact.vcf'] = {
    parameters: idParameter,
    get: {
      operationId: 'interviewerContact',
      tags: ['follow-through'],
      summary: 'The interviewer as a vCard 4.0 contact.',
      responses: { 200: download('text/vcard', 'The .vcf file'), 404: problem },
    },
  };
  paths['/api/v1/opportunities/{id}/readiness'] = {
    parameters: [
      { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
      {
        name: 'roundId',
        in: 'query',
        required: false,
        schema: { type: 'string' },
        description:
          'The round to assess (default: the next scheduled round, else the last one held).',
      },
    ],
    get: {
      operationId: 'opportunityReadiness',
      tags: ['readiness'],
      summary:
        'The readiness checklist of a round (each step of the journey done, partly done or not started, with what is missing), the countdown in the round’s time zone, and the one next best action with its reason.',
      responses: { 200: planned('The readiness of the round'), 404: problem, 422: problem },
    },
  };
  paths['/api/v1/readiness'] = {
    get: {
      operationId: 'listReadiness',
      tags: ['readiness'],
      summary:
        'The readiness of every opportunity in play (preparing, interviewing, offer), soonest interview first.',
      responses: { 200: planned('Readiness per opportunity') },
    },
  };
  schemas.Brief = jsonSchema(briefSchema, 'output');
  const briefParameters = [
    ...idParameter,
    {
      name: 'round',
      in: 'query',
      required: false,
      schema: { type: 'integer', minimum: 1 },
      description: 'The round’s number; by default the next scheduled round, else the last.',
    },
  ];
  paths['/api/v1/opportunities/{id}/brief'] = {
    parameters: briefParameters,
    get: {
      operationId: 'dayOfBrief',
      tags: ['brief'],
      summary:
        'The day-of brief of a round: logistics in the candidate’s zone, each interviewer with priorities, what they asked before and questions to ask them, key stories, company facts and news, open promises and delivery reminders; lists capped and texts shortened to fit one printed page. Never holds private fields.',
      responses: {
        200: { description: 'The brief', content: json('#/components/schemas/Brief') },
        404: problem,
        422: problem,
      },
    },
  };
  paths['/api/v1/opportunities/{id}/brief.pdf'] = {
    parameters: briefParameters,
    get: {
      operationId: 'dayOfBriefPdf',
      tags: ['brief'],
      summary: 'The brief as an A4 PDF of one page (two at most), made without a browser.',
      responses: {
        200: {
          description: 'The PDF file',
          content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
        },
        404: problem,
        422: problem,
      },
    },
  };
  paths['/api/v1/opportunities/{id}/brief.md'] = {
    parameters: briefParameters,
    get: {
      operationId: 'dayOfBriefMarkdown',
      tags: ['brief'],
      summary: 'The brief as Markdown.',
      responses: {
        200: download('text/markdown', 'The Markdown file'),
        404: problem,
        422: problem,
      },
    },
  };
  paths['/api/v1/practice-attempts/{id}/recording'] = {
    parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
    put: {
      operationId: 'storeRecording',
      tags: ['practice'],
      summary:
        'Store the recording of a spoken practice attempt (audio/webm, audio/ogg or audio/wav, at most 25 MB).',
      requestBody: {
        required: true,
        content: {
          'audio/webm': { schema: { type: 'string', format: 'binary' } },
          'audio/ogg': { schema: { type: 'string', format: 'binary' } },
          'audio/wav': { schema: { type: 'string', format: 'binary' } },
        },
      },
      responses: {
        200: planned('The attempt with its recording file'),
        400: problem,
        404: problem,
        413: problem,
        415: problem,
      },
    },
    get: {
      operationId: 'getRecording',
      tags: ['practice'],
      responses: {
        200: {
          description: 'The recording',
          content: { 'audio/webm': { schema: { type: 'string', format: 'binary' } } },
        },
        404: problem,
      },
    },
    delete: {
      operationId: 'deleteRecording',
      tags: ['practice'],
      responses: { 204: { description: 'Deleted' }, 404: problem },
    },
  };
  const transcriberName = {
    type: ['string', 'null'],
    enum: ['pocketsphinx', 'openai-compatible', null],
  };
  paths['/api/v1/transcriber'] = {
    get: {
      operationId: 'describeTranscriber',
      tags: ['practice'],
      summary:
        'The speech recogniser a transcription would use: a configured OpenAI-compatible endpoint (ROUNDTWO_TRANSCRIBE_URL), else pocketsphinx when installed, else none (null). `sendsAudioTo` is the URL the audio would be posted to, null when it stays on this computer.',
      responses: {
        200: {
          description: 'The transcriber',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['transcriber', 'sendsAudioTo'],
                properties: {
                  transcriber: transcriberName,
                  sendsAudioTo: { type: ['string', 'null'] },
                },
              },
            },
          },
        },
      },
    },
  };
  paths['/api/v1/transcriptions'] = {
    post: {
      operationId: 'transcribeAnswer',
      tags: ['practice'],
      summary:
        'Transcribe a spoken answer sent as audio/wav (16 kHz mono 16-bit is best; at most 25 MB). 503 `no-transcriber` when none is available, 502 `transcriber-failed` when the engine or endpoint fails.',
      requestBody: {
        required: true,
        content: { 'audio/wav': { schema: { type: 'string', format: 'binary' } } },
      },
      responses: {
        200: {
          description: 'The transcript and the engine that made it',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['transcript', 'transcriber'],
                properties: {
                  transcript: { type: 'string' },
                  transcriber: { type: 'string', enum: ['pocketsphinx', 'openai-compatible'] },
                },
              },
            },
          },
        },
        400: problem,
        413: problem,
        415: problem,
        502: problem,
        503: problem,
      },
    },
  };
  Object.assign(paths, afterRoundPaths());
  paths['/healthz'] = {
    get: {
      operationId: 'health',
      security: [],
      tags: ['meta'],
      responses: { 200: { description: 'The server is up and its database answers' } },
    },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Round Two API',
      version,
      description:
        'Local-first second-interview workspace. Errors are RFC 9457 problem details (application/problem+json).',
    },
    servers: [{ url: '/' }],
    security: [{ token: [] }],
    paths,
    components: {
      schemas,
      securitySchemes: {
        token: {
          type: 'http',
          scheme: 'bearer',
          description: 'The per-install token in <data dir>/api-token.',
        },
      },
      responses: {
        Problem: {
          description: 'RFC 9457 problem details; `errors` lists the fields that failed.',
          content: {
            'application/problem+json': {
              schema: {
                type: 'object',
                required: ['type', 'title', 'status', 'detail'],
                properties: {
                  type: { type: 'string' },
                  title: { type: 'string' },
                  status: { type: 'integer' },
                  detail: { type: 'string' },
                  instance: { type: 'string' },
                  errors: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: {
                        field: { type: 'string' },
                        pointer: { type: 'string' },
                        detail: { type: 'string' },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  };
}

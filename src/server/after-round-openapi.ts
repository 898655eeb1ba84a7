import { z } from 'zod';
import { nextRoundRequestSchema } from '../app/next-step.js';
import { reflectionInputSchema } from '../app/reflection.js';

type JsonSchema = Record<string, unknown>;

const problem = { $ref: '#/components/responses/Problem' };
const idParameter = [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }];
const object = (description: string) => ({
  description,
  content: { 'application/json': { schema: { type: 'object', additionalProperties: true } } },
});
const record = (name: string, description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } },
});
const body = (schema: z.ZodType, required: boolean) => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
  }) as JsonSchema;
  return { required, content: { 'application/json': { schema: rest } } };
};

/**
 * The OpenAPI paths of the after-round routes (`after-round-routes.ts`), from the same zod
 * schemas that validate their requests.
 */
export function afterRoundPaths(): Record<string, JsonSchema> {
  const tags = ['after-round'];
  return {
    '/api/v1/follow-ups/due': {
      get: {
        operationId: 'dueFollowUps',
        tags,
        summary:
          'Status inquiries due across every opportunity still interviewing (each drafted once and kept as a planned follow-up), suggestions to mark an opportunity cold, and what falls due later.',
        responses: { 200: object('`{ created, due, coldSuggestions, upcoming }`') },
      },
    },
    '/api/v1/follow-ups/{id}/sent': {
      parameters: idParameter,
      post: {
        operationId: 'markFollowUpSent',
        tags,
        summary: 'Mark a follow-up as sent, now or at `sentAt`.',
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
        responses: {
          200: record('FollowUp', 'The follow-up'),
          404: problem,
          409: problem,
          415: problem,
          422: problem,
        },
      },
    },
    '/api/v1/rounds/{id}/reflection': {
      parameters: idParameter,
      put: {
        operationId: 'recordReflection',
        tags,
        summary:
          'Create the round’s reflection, or change it: fields left out keep their value. A round that has not started is refused.',
        requestBody: body(reflectionInputSchema, true),
        responses: {
          200: record('Reflection', 'The changed reflection'),
          201: record('Reflection', 'The new reflection'),
          400: problem,
          404: problem,
          415: problem,
          422: problem,
        },
      },
    },
    '/api/v1/reflections/trends': {
      get: {
        operationId: 'reflectionTrends',
        tags,
        summary:
          'Per rating aspect, a series across rounds and opportunities in date order with a summary; the headline observations; lessons repeated across rounds.',
        responses: { 200: object('`{ rounds, dimensions, summaries, repeatedLessons }`') },
      },
    },
    '/api/v1/opportunities/{id}/next-round': {
      parameters: idParameter,
      post: {
        operationId: 'startNextRound',
        tags,
        summary:
          'Create the next round with the previous round’s interviewers seated; returns what carries over (stories told to whom, open promises, questions already asked).',
        requestBody: body(nextRoundRequestSchema, false),
        responses: {
          201: object('`{ round, previousRoundId, seated, carryOver, cancelledFollowUps }`'),
          404: problem,
          409: problem,
          415: problem,
          422: problem,
        },
      },
    },
    '/api/v1/opportunities/{id}/offer': {
      parameters: idParameter,
      post: {
        operationId: 'recordOffer',
        tags,
        summary:
          'Mark the opportunity as having an offer and return the negotiation checklist built on the salary prep (the walk-away figure only under `checklist.private`).',
        responses: {
          200: object('`{ opportunity, checklist, cancelledFollowUps }`'),
          404: problem,
          409: problem,
        },
      },
    },
    '/api/v1/opportunities/{id}/cold': {
      parameters: idParameter,
      post: {
        operationId: 'markOpportunityCold',
        tags,
        summary: 'Mark the opportunity cold and cancel its planned status inquiries.',
        responses: {
          200: object('`{ opportunity, cancelledFollowUps }`'),
          404: problem,
          409: problem,
        },
      },
    },
  };
}

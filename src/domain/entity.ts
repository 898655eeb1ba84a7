import { z } from 'zod';
import { idSchema, instantSchema } from './common.js';

/** A link from one record to another, such as a round's `opportunityId`. */
export interface Reference {
  /** The kind of record it points to. */
  readonly kind: string;
  /**
   * Required references are the record's owners: set once at creation and never changed; deleting
   * the owner deletes the record. Optional references can be set, changed or cleared later, and are
   * cleared when the record they point to is deleted.
   */
  readonly required: boolean;
}

type ReferenceShape<R extends Record<string, Reference>> = {
  [K in keyof R]: R[K]['required'] extends true
    ? typeof idSchema
    : z.ZodDefault<z.ZodNullable<typeof idSchema>>;
};

type LinkPatchShape<R extends Record<string, Reference>> = {
  [K in keyof R as R[K]['required'] extends true ? never : K]: z.ZodOptional<
    z.ZodNullable<typeof idSchema>
  >;
};

type PatchShape<S extends z.ZodRawShape> = {
  [K in keyof S]: z.ZodOptional<z.ZodType<z.output<S[K]>>>;
};

/** What defines a kind of record: its name, references, the fields a user edits, and its rules of shape. */
export interface EntitySpec<R extends Record<string, Reference>, S extends z.ZodRawShape> {
  /** Singular name used in messages, registries and the export file, e.g. `round`. */
  readonly kind: string;
  /** Plural name used in URLs and the export file, e.g. `rounds`. */
  readonly collection: string;
  /** Human label, e.g. "round". */
  readonly label: string;
  readonly references: R;
  readonly fields: z.ZodObject<S>;
  /** At most one record per value of this reference (e.g. one salary prep per opportunity). */
  readonly onePer?: keyof R & string;
  /** Fields that never leave the candidate's hands: excluded from shares and printed briefs. */
  readonly privateFields?: readonly (keyof S & string)[];
}

/** Builds the create, patch and record schemas of a kind from its spec. */
export function defineEntity<const R extends Record<string, Reference>, S extends z.ZodRawShape>(
  spec: EntitySpec<R, S>,
) {
  const referenceShape = Object.fromEntries(
    Object.entries(spec.references).map(([name, ref]) => [
      name,
      ref.required ? idSchema : idSchema.nullable().default(null),
    ]),
  ) as ReferenceShape<R>;
  const optionalReferenceShape = Object.fromEntries(
    Object.entries(spec.references)
      .filter(([, ref]) => !ref.required)
      .map(([name]) => [name, idSchema.nullable().optional()]),
  ) as LinkPatchShape<R>;
  const patchFieldShape = Object.fromEntries(
    Object.entries(spec.fields.shape).map(([name, field]) => [
      name,
      withoutDefault(field as z.ZodType).optional(),
    ]),
  ) as PatchShape<S>;

  const create = z.strictObject({ ...referenceShape, ...spec.fields.shape });
  const patch = z.strictObject({ ...optionalReferenceShape, ...patchFieldShape });
  const record = z.strictObject({
    id: idSchema,
    ...referenceShape,
    ...spec.fields.shape,
    createdAt: instantSchema,
    updatedAt: instantSchema,
  });
  return { ...spec, create, patch, record };
}

/** A field's schema without its default, so that a patch leaves absent fields alone. */
function withoutDefault(field: z.ZodType): z.ZodType {
  return field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : field;
}

export type EntityDefinition = ReturnType<typeof defineEntity>;

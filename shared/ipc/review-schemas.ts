import { z } from 'zod';
import { pluginIdSchema } from '../plugin/contract';
import { draftValuesSchema } from '../plugin/draft-values';

/**
 * Request schemas of the access review channels. The pairs themselves (names, endpoints, CSV rows)
 * are checked by the core's review parser, which names the line at fault; here only sizes are
 * bounded so a hostile payload stays cheap.
 */

/** Most pairs one review in the app may hold: its results stay in the main process's memory. */
export const MAX_REVIEW_PAIRS = 100_000;
/** A CSV of MAX_REVIEW_PAIRS rows of long names fits. */
export const MAX_REVIEW_CSV = 10_000_000;
const MAX_LIST = 10_000;

export const reviewIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9-]{8,64}$/, 'not a review id; use the reviewId that startAccessReview answered');

const nameList = z
  .array(z.string().max(256))
  .max(MAX_LIST, `at most ${MAX_LIST.toLocaleString('en-US')} names; split the review into parts`);

export const reviewInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('csv'), text: z.string().max(MAX_REVIEW_CSV) }).strict(),
  z.object({ kind: z.literal('matrix'), users: nameList, endpoints: nameList }).strict(),
]);

export const startAccessReviewSchema = z
  .object({
    pluginId: pluginIdSchema,
    /** The values on screen (over the saved ones, as Test Settings); omitted: the saved settings. */
    values: draftValuesSchema.optional(),
    input: reviewInputSchema,
    concurrency: z
      .number()
      .int()
      .min(1, 'concurrency must be 1 or more')
      .max(64, 'concurrency must be 64 or less')
      .optional(),
  })
  .strict();

export const reviewRefSchema = z.object({ reviewId: reviewIdSchema }).strict();

export const accessReviewResultsSchema = z
  .object({
    reviewId: reviewIdSchema,
    from: z.number().int().nonnegative(),
    count: z.number().int().min(1).max(5_000, 'count must be 5,000 or less; ask for the results in parts'),
  })
  .strict();

export const REVIEW_EXPORT_FORMATS = ['csv', 'json', 'html'] as const;
export type ReviewExportFormat = (typeof REVIEW_EXPORT_FORMATS)[number];

export const exportAccessReviewSchema = z
  .object({ reviewId: reviewIdSchema, format: z.enum(REVIEW_EXPORT_FORMATS) })
  .strict();

/** startAccessReview's answer: the id to poll, and the users × endpoints when the input was a matrix. */
export interface AccessReviewStarted {
  reviewId: string;
  total: number;
  users?: string[];
  endpoints?: string[];
}

/**
 * Where the export went: `path` (null when the admin cancelled the save dialog). Without a desktop
 * (browser host, demo) `supported` is false and `text` comes back for the renderer to download.
 */
export interface AccessReviewExported {
  supported: boolean;
  path: string | null;
  fileName: string;
  text?: string;
}

import { EcmError } from '../../../shared/errors';
import type { ReviewEngine } from './access-review-api';

function unavailable(): never {
  throw new EcmError({ code: 'INTERNAL', message: 'The access review engine is not part of this build yet.' });
}

/** The core's review engine (core/review) behind the app's access review channels. */
export const reviewEngine: ReviewEngine = {
  parse: unavailable,
  run: unavailable,
  write: unavailable,
};

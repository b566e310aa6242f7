/** The change cursor the extension polls: whose badges changed since it last asked. */
import { z } from 'zod';

export const ChangesQuery = z.object({
  since: z.coerce.number().int().nonnegative().optional()
    .describe('The cursor of the previous answer; without it, the answer only gives the cursor to start from'),
});

export const Changes = z.object({
  /** Where to ask from next time. */
  cursor: z.number().int().nonnegative(),
  /** Addresses whose badges changed after `since`, each once. */
  emails: z.array(z.string()),
  /** Too many changed to list (a full recompute), or the cursor is not this database's: everything is to be asked again. */
  everything: z.boolean(),
}).meta({ examples: [{ cursor: 4120, emails: ['dana@example.com'], everything: false }] });
export type Changes = z.infer<typeof Changes>;

/** A PATCH body: some of a resource's fields, at least one (an empty body, or one of unknown fields only, changes nothing and is a mistake). */
import { z } from 'zod';

export const somePatch = <T extends z.ZodType<object>>(fields: T) =>
  fields.refine((value) => Object.keys(value).length > 0, { error: 'at least one field must be given' });

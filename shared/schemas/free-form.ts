/**
 * Free-form JSON a client may attach (an event's properties): any object,
 * within bounds that keep storing and serving it cheap. The depth is checked
 * without recursion first, so that a body nested thousands of levels deep is
 * refused with a message, never a stack overflow.
 */
import { z } from 'zod';

const MAX_DEPTH = 10;
const MAX_JSON_BYTES = 32 * 1024;

/** How deep `value` nests, counting up to `limit + 1` at the most. */
function depthOf(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}

export const FreeFormObject = z.record(z.string(), z.unknown()).superRefine((value, ctx) => {
  if (depthOf(value, MAX_DEPTH) > MAX_DEPTH) {
    ctx.addIssue({ code: 'custom', message: `must nest at most ${MAX_DEPTH} levels deep` });
  } else if (new TextEncoder().encode(JSON.stringify(value)).length > MAX_JSON_BYTES) {
    ctx.addIssue({ code: 'custom', message: `must be at most ${MAX_JSON_BYTES / 1024} KB as JSON` });
  }
});

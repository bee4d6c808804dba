/** How a domain declares its channels: the input schema is real, the result type exists only for the compiler. */
import { z } from 'zod';

export function channel<Input extends z.ZodType, Result>(input: Input) {
  return { input, result: undefined as unknown as Result };
}

export const noInput = z.object({}).strict();

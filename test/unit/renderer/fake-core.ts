/** The core as a table of answers for a renderer store's tests: an AppError is thrown, a function answers from the input. Returns every call made, in order. */
import type { Mock } from 'vitest';
import { AppError } from '../../../shared/errors';

export function answerFrom(call: Mock, answers: Record<string, unknown>): Array<[string, unknown]> {
  const calls: Array<[string, unknown]> = [];
  call.mockImplementation(async (channel: string, input: unknown) => {
    calls.push([channel, input]);
    const answer = answers[channel];
    if (answer instanceof AppError) throw answer;
    return typeof answer === 'function' ? (answer as (input: unknown) => unknown)(input) : answer;
  });
  return calls;
}

/** PLACEHOLDER (issue #18 in progress): replaced wholesale by the part's owner. */
import { AppError } from '../../../shared/errors';
import { learningChannels } from '../../../shared/findings/channels';
import type { LearningChannel } from '../../../shared/ipc/contract';
import type { Kernel } from '../kernel';
import type { Ports } from '../ports';
import type { HandlersOf } from './types';

export function learningHandlers(_kernel: Kernel, _ports: Ports): HandlersOf<LearningChannel> {
  const notYet = (): never => {
    throw new AppError('internal', 'This part of the action plan is not built yet.');
  };
  return Object.fromEntries(Object.keys(learningChannels).map((name) => [name, notYet])) as unknown as HandlersOf<LearningChannel>;
}

/** PLACEHOLDER (issue #18 in progress): replaced wholesale by the part's owner. */
import { AppError } from '../../../shared/errors';
import { actionChannels } from '../../../shared/findings/channels';
import type { ActionChannel } from '../../../shared/ipc/contract';
import type { Kernel } from '../kernel';
import type { Ports } from '../ports';
import type { HandlersOf } from './types';

export function actionHandlers(_kernel: Kernel, _ports: Ports): HandlersOf<ActionChannel> {
  const notYet = (): never => {
    throw new AppError('internal', 'This part of the action plan is not built yet.');
  };
  return Object.fromEntries(Object.keys(actionChannels).map((name) => [name, notYet])) as unknown as HandlersOf<ActionChannel>;
}

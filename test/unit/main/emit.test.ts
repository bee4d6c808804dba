import type { WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { createEmit } from '../../../electron/main/emit';
import type { EventName, EventPayload } from '../../../shared/ipc/contract';
import { FakeWebContents } from './fake-electron';

describe('emit', () => {
  it('sends a valid event to the window page', () => {
    const contents = new FakeWebContents();
    const emit = createEmit(() => contents as unknown as WebContents);
    emit('workspace:locked', { reason: 'idle' });
    emit('app:navigate', { area: 'report' });
    expect(contents.send.mock.calls).toEqual([
      ['workspace:locked', { reason: 'idle' }],
      ['app:navigate', { area: 'report' }],
    ]);
  });

  it('sends what the schema parsed, so nothing beyond the contract reaches the page', () => {
    const contents = new FakeWebContents();
    const emit = createEmit(() => contents as unknown as WebContents);
    const payload = { reason: 'suspend', path: '/home/r/Child A.review' } as unknown as EventPayload<'workspace:locked'>;
    emit('workspace:locked', payload);
    expect(contents.send).toHaveBeenCalledWith('workspace:locked', { reason: 'suspend' });
  });

  it.each([
    ['a reason the contract does not know', 'workspace:locked', { reason: 'bored' }],
    ['a missing payload', 'workspace:locked', undefined],
    ['an area that does not exist', 'app:navigate', { area: 'settings-secret' }],
    ['an event that is not in the contract', 'workspace:opened', { path: '/x' }],
  ])('drops %s without sending anything', (_what, event, payload) => {
    const contents = new FakeWebContents();
    const emit = createEmit(() => contents as unknown as WebContents);
    expect(() => emit(event as EventName, payload as never)).not.toThrow();
    expect(contents.send).not.toHaveBeenCalled();
  });

  it('does nothing when there is no window, or its page has gone', () => {
    expect(() => createEmit(() => undefined)('workspace:locked', { reason: 'user' })).not.toThrow();
    const contents = new FakeWebContents();
    contents.isDestroyed.mockReturnValue(true);
    createEmit(() => contents as unknown as WebContents)('workspace:locked', { reason: 'user' });
    expect(contents.send).not.toHaveBeenCalled();
  });

  it('asks for the window each time, so a new window gets later events', () => {
    let current: FakeWebContents | undefined = new FakeWebContents();
    const first = current;
    const emit = createEmit(() => current as unknown as WebContents | undefined);
    emit('workspace:locked', { reason: 'user' });
    current = new FakeWebContents();
    emit('workspace:locked', { reason: 'idle' });
    expect(first.send).toHaveBeenCalledTimes(1);
    expect(current.send).toHaveBeenCalledWith('workspace:locked', { reason: 'idle' });
  });

  it('survives a page that goes away while the event is sent', () => {
    const contents = new FakeWebContents();
    contents.send.mockImplementation(() => {
      throw new Error('Object has been destroyed');
    });
    expect(() => createEmit(() => contents as unknown as WebContents)('workspace:locked', { reason: 'user' })).not.toThrow();
  });
});

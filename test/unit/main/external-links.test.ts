import { describe, expect, it, vi } from 'vitest';
import { createExternalLinkOpener } from '../../../electron/main/external-links';

function opener(answer: 'open' | 'cancel') {
  const showMessageBox = vi.fn(async () => ({ response: answer === 'open' ? 0 : 1, checkboxChecked: false }));
  const openExternal = vi.fn(async (_url: string) => undefined);
  return { offer: createExternalLinkOpener({ showMessageBox, openExternal }), showMessageBox, openExternal };
}

describe('external links', () => {
  it('opens an https link in the browser once the user agrees', async () => {
    const { offer, showMessageBox, openExternal } = opener('open');
    await expect(offer('https://www.gov.uk/guidance')).resolves.toBe(true);
    expect(showMessageBox).toHaveBeenCalledOnce();
    expect(openExternal).toHaveBeenCalledWith('https://www.gov.uk/guidance');
  });

  it('opens nothing when the user cancels', async () => {
    const { offer, openExternal } = opener('cancel');
    await expect(offer('https://www.gov.uk/guidance')).resolves.toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('tells the user where the link goes, and defaults to Cancel', async () => {
    const { offer, showMessageBox } = opener('cancel');
    await offer('https://example.org/some/page');
    const options = showMessageBox.mock.calls[0] as unknown as [{ message: string; detail: string; defaultId: number; cancelId: number; buttons: string[] }];
    expect(options[0].message).toContain('example.org');
    expect(options[0].detail).toContain('https://example.org/some/page');
    expect(options[0].buttons[options[0].defaultId]).toBe('Cancel');
    expect(options[0].cancelId).toBe(options[0].defaultId);
  });

  it.each([
    'javascript:alert(document.domain)',
    'file:///home/reviewer/.ssh/id_rsa',
    'http://example.org/',
    'data:text/html,<script>alert(1)</script>',
    'smb://fileserver/share',
    'https://www.gov.uk@evil.example/',
    'not a url',
  ])('never offers or opens %s', async (url) => {
    const { offer, showMessageBox, openExternal } = opener('open');
    await expect(offer(url)).resolves.toBe(false);
    expect(showMessageBox).not.toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('asks one question at a time, so a page cannot flood the user with dialogs', async () => {
    let answer: (value: { response: number; checkboxChecked: boolean }) => void = () => undefined;
    const showMessageBox = vi.fn(() => new Promise<{ response: number; checkboxChecked: boolean }>((resolve) => (answer = resolve)));
    const openExternal = vi.fn(async () => undefined);
    const offer = createExternalLinkOpener({ showMessageBox, openExternal });
    const first = offer('https://example.org/1');
    await expect(offer('https://example.org/2')).resolves.toBe(false);
    answer({ response: 0, checkboxChecked: false });
    await expect(first).resolves.toBe(true);
    expect(showMessageBox).toHaveBeenCalledOnce();
    expect(openExternal).toHaveBeenCalledWith('https://example.org/1');
    // Once answered, the next link may ask again.
    const third = offer('https://example.org/3');
    answer({ response: 1, checkboxChecked: false });
    await expect(third).resolves.toBe(false);
    expect(showMessageBox).toHaveBeenCalledTimes(2);
  });

  it('reports failure instead of throwing when the browser cannot be started', async () => {
    const offer = createExternalLinkOpener({
      showMessageBox: async () => ({ response: 0, checkboxChecked: false }),
      openExternal: async () => {
        throw new Error('no browser');
      },
    });
    await expect(offer('https://example.org/')).resolves.toBe(false);
  });
});

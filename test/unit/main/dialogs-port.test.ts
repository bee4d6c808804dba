import type { BrowserWindow, Dialog, MessageBoxOptions, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createDialogsPort } from '../../../electron/main/dialogs-port';
import { FakeBrowserWindow } from './fake-electron';

function fakeDialog(answers: { open?: { canceled: boolean; filePaths: string[] }; save?: { canceled: boolean; filePath: string }; response?: number } = {}) {
  return {
    showOpenDialog: vi.fn(async (..._args: unknown[]) => answers.open ?? { canceled: true, filePaths: [] }),
    showSaveDialog: vi.fn(async (..._args: unknown[]) => answers.save ?? { canceled: true, filePath: '' }),
    showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: answers.response ?? 1, checkboxChecked: false })),
  };
}

function port(dialog: ReturnType<typeof fakeDialog>, window: FakeBrowserWindow | undefined = new FakeBrowserWindow({})) {
  return { dialogs: createDialogsPort(dialog as unknown as Dialog, () => window as unknown as BrowserWindow | undefined), window };
}

/** The options a dialog was shown with, and the window it was attached to (if any). */
function shown<T>(mock: ReturnType<typeof vi.fn>): { parent: unknown; options: T } {
  const args = mock.mock.calls[0] as unknown[];
  return args.length === 2 ? { parent: args[0], options: args[1] as T } : { parent: undefined, options: args[0] as T };
}

describe('dialogs port', () => {
  it('returns null when the user cancels an open, save or picks nothing', async () => {
    const { dialogs } = port(fakeDialog());
    await expect(dialogs.showOpen({ title: 'Open' })).resolves.toBeNull();
    await expect(dialogs.showSave({ title: 'Save' })).resolves.toBeNull();
    const { dialogs: empty } = port(fakeDialog({ open: { canceled: false, filePaths: [] }, save: { canceled: false, filePath: '' } }));
    await expect(empty.showOpen({ title: 'Open' })).resolves.toBeNull();
    await expect(empty.showSave({ title: 'Save' })).resolves.toBeNull();
  });

  it('returns what the user chose', async () => {
    const { dialogs } = port(
      fakeDialog({ open: { canceled: false, filePaths: ['/home/r/A.review'] }, save: { canceled: false, filePath: '/home/r/report.pdf' } }),
    );
    await expect(dialogs.showOpen({ title: 'Open', directory: true })).resolves.toEqual(['/home/r/A.review']);
    await expect(dialogs.showSave({ title: 'Save' })).resolves.toBe('/home/r/report.pdf');
  });

  it('attaches every dialog to the app window, so it is modal', async () => {
    const dialog = fakeDialog();
    const { dialogs, window } = port(dialog);
    await dialogs.showOpen({ title: 'Open' });
    await dialogs.showSave({ title: 'Save' });
    await dialogs.confirm({ title: 'Delete', message: 'Delete?', confirmLabel: 'Delete' });
    expect(shown(dialog.showOpenDialog).parent).toBe(window);
    expect(shown(dialog.showSaveDialog).parent).toBe(window);
    expect(shown(dialog.showMessageBox).parent).toBe(window);
  });

  it('still works without a window (macOS with every window closed)', async () => {
    const dialog = fakeDialog({ open: { canceled: false, filePaths: ['/x.csv'] } });
    const dialogs = createDialogsPort(dialog as unknown as Dialog, () => undefined);
    await expect(dialogs.showOpen({ title: 'Open' })).resolves.toEqual(['/x.csv']);
    expect(dialog.showOpenDialog.mock.calls[0]).toHaveLength(1);
  });

  it('picks a folder, and lets the user make one, when asked for a directory', async () => {
    const dialog = fakeDialog();
    await port(dialog).dialogs.showOpen({ title: 'Choose where to create the workspace', directory: true, filters: [{ name: 'x', extensions: ['x'] }] });
    const { options } = shown<OpenDialogOptions>(dialog.showOpenDialog);
    expect(options.title).toBe('Choose where to create the workspace');
    expect(options.properties).toEqual(expect.arrayContaining(['openDirectory', 'createDirectory']));
    expect(options.properties).not.toContain('openFile');
    expect(options.properties).not.toContain('multiSelections');
    expect(options.filters).toBeUndefined();
  });

  it('picks files with the given filters, several only when asked', async () => {
    const dialog = fakeDialog();
    const { dialogs } = port(dialog);
    const filters = [{ name: 'Agency chronology (CSV, Excel)', extensions: ['csv', 'xlsx'] }];
    await dialogs.showOpen({ title: 'Import', filters, multiple: true });
    const { options } = shown<OpenDialogOptions>(dialog.showOpenDialog);
    expect(options.properties).toEqual(expect.arrayContaining(['openFile', 'multiSelections']));
    expect(options.properties).not.toContain('openDirectory');
    expect(options.filters).toEqual(filters);
    // The port copies the filters: Electron never holds the core's arrays.
    expect(options.filters?.[0]).not.toBe(filters[0]);
  });

  it('keeps chosen files out of the operating system recent-documents list', async () => {
    const dialog = fakeDialog();
    const { dialogs } = port(dialog);
    await dialogs.showOpen({ title: 'Open' });
    await dialogs.showSave({ title: 'Save' });
    expect(shown<OpenDialogOptions>(dialog.showOpenDialog).options.properties).toContain('dontAddToRecent');
    expect(shown<SaveDialogOptions>(dialog.showSaveDialog).options.properties).toContain('dontAddToRecent');
  });

  it('suggests the file name and asks before overwriting when saving', async () => {
    const dialog = fakeDialog();
    await port(dialog).dialogs.showSave({ title: 'Export', defaultName: 'Report.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    const { options } = shown<SaveDialogOptions>(dialog.showSaveDialog);
    expect(options).toMatchObject({ title: 'Export', defaultPath: 'Report.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    expect(options.properties).toContain('showOverwriteConfirmation');
  });

  it('confirms only when the user presses the confirm button', async () => {
    const yes = port(fakeDialog({ response: 0 })).dialogs;
    const no = port(fakeDialog({ response: 1 })).dialogs;
    const options = { title: 'Restore', message: 'Restore this backup?', confirmLabel: 'Restore' };
    await expect(yes.confirm(options)).resolves.toBe(true);
    await expect(no.confirm(options)).resolves.toBe(false);
  });

  it('defaults a destructive confirm to Cancel, which is also what Escape chooses', async () => {
    const dialog = fakeDialog();
    await port(dialog).dialogs.confirm({
      title: 'Restore backup',
      message: 'Replace the workspace with this backup?',
      detail: 'Changes since the backup are kept aside.',
      confirmLabel: 'Replace',
      destructive: true,
    });
    const { options } = shown<MessageBoxOptions>(dialog.showMessageBox);
    expect(options.buttons).toEqual(['Replace', 'Cancel']);
    expect(options.buttons?.[options.defaultId!]).toBe('Cancel');
    expect(options.cancelId).toBe(options.defaultId);
    expect(options).toMatchObject({ type: 'warning', message: 'Replace the workspace with this backup?', detail: 'Changes since the backup are kept aside.' });
  });

  it('defaults an ordinary confirm to its action, with its own cancel label, and Escape still cancels', async () => {
    const dialog = fakeDialog();
    await port(dialog).dialogs.confirm({ title: 'Keychain', message: 'Unlock with the keychain?', confirmLabel: 'Turn on', cancelLabel: 'Not now' });
    const { options } = shown<MessageBoxOptions>(dialog.showMessageBox);
    expect(options.buttons).toEqual(['Turn on', 'Not now']);
    expect(options.buttons?.[options.defaultId!]).toBe('Turn on');
    expect(options.buttons?.[options.cancelId!]).toBe('Not now');
    expect(options.type).toBe('question');
  });
});

/**
 * The core's dialogs port: Electron's native open, save and message dialogs, attached to the
 * app's window so they are modal to it (the user cannot keep working behind a question).
 */
import type {
  BrowserWindow,
  Dialog,
  MessageBoxOptions,
  OpenDialogOptions as ElectronOpenOptions,
  SaveDialogOptions as ElectronSaveOptions,
} from 'electron';
import type { DialogsPort } from '../services';
import type { ConfirmOptions, FileFilter, OpenDialogOptions, SaveDialogOptions } from '../services/ports';

export type DialogApi = Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox'>;

export const confirmButton = 0;
export const cancelButton = 1;

export function createDialogsPort(dialog: DialogApi, parent: () => BrowserWindow | undefined): DialogsPort {
  return {
    showOpen: async (options) => {
      const window = parent();
      const electronOptions = openOptions(options);
      const result = window ? await dialog.showOpenDialog(window, electronOptions) : await dialog.showOpenDialog(electronOptions);
      return result.canceled || result.filePaths.length === 0 ? null : [...result.filePaths];
    },
    showSave: async (options) => {
      const window = parent();
      const electronOptions = saveOptions(options);
      const result = window ? await dialog.showSaveDialog(window, electronOptions) : await dialog.showSaveDialog(electronOptions);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    confirm: async (options) => {
      const window = parent();
      const electronOptions = confirmOptions(options);
      const result = window ? await dialog.showMessageBox(window, electronOptions) : await dialog.showMessageBox(electronOptions);
      return result.response === confirmButton;
    },
  };
}

export function openOptions(options: OpenDialogOptions): ElectronOpenOptions {
  const properties: NonNullable<ElectronOpenOptions['properties']> = options.directory
    ? // A workspace is a folder: the user may need to make a new one to put it in.
      ['openDirectory', 'createDirectory']
    : ['openFile'];
  if (options.multiple) properties.push('multiSelections');
  // Windows would otherwise list the chosen file under the user's recent documents.
  properties.push('dontAddToRecent');
  return {
    title: options.title,
    properties,
    // Filters select files by extension; a folder picker has no files to filter.
    ...(options.filters && !options.directory ? { filters: copyFilters(options.filters) } : {}),
  };
}

export function saveOptions(options: SaveDialogOptions): ElectronSaveOptions {
  return {
    title: options.title,
    ...(options.defaultName ? { defaultPath: options.defaultName } : {}),
    ...(options.filters ? { filters: copyFilters(options.filters) } : {}),
    properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
  };
}

/**
 * Confirm is the first button and Cancel the second. Escape and closing the box always mean
 * Cancel; when the action loses data, Enter does too, so a reflex keypress destroys nothing.
 */
export function confirmOptions(options: ConfirmOptions): MessageBoxOptions {
  return {
    type: options.destructive ? 'warning' : 'question',
    title: options.title,
    message: options.message,
    ...(options.detail ? { detail: options.detail } : {}),
    buttons: [options.confirmLabel, options.cancelLabel ?? 'Cancel'],
    defaultId: options.destructive ? cancelButton : confirmButton,
    cancelId: cancelButton,
    // Windows would otherwise turn the buttons into command links.
    noLink: true,
  };
}

function copyFilters(filters: readonly FileFilter[]): FileFilter[] {
  return filters.map((filter) => ({ name: filter.name, extensions: [...filter.extensions] }));
}

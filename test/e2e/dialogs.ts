/**
 * A scripted implementation of the dialogs port (native open/save/confirm dialogs) for tests.
 * The port itself is declared with the other ports in electron/services/ports.ts; Electron
 * implements it with `dialog`. A test scripts each answer before the app asks for it, in order,
 * per kind of dialog.
 */
import path from 'node:path';
import type { ConfirmOptions, DialogsPort, OpenDialogOptions, SaveDialogOptions } from '../../electron/services/ports';

export type { ConfirmOptions, DialogsPort, FileFilter, OpenDialogOptions, SaveDialogOptions } from '../../electron/services/ports';

export type DialogRecord =
  | { kind: 'open'; options: OpenDialogOptions; answer: string[] | null }
  | { kind: 'save'; options: SaveDialogOptions; answer: string | null }
  | { kind: 'confirm'; options: ConfirmOptions; answer: boolean };

export interface ScriptedDialogs extends DialogsPort {
  /** The next open dialog returns this file (or null: the user cancels). */
  nextOpenPath(file: string | null): void;
  /** The next open dialog must be a folder picker (e.g. "workspace:choose-folder") and returns this folder. */
  nextFolder(dir: string | null): void;
  /** The next open dialog returns these files (a multiple selection). */
  nextOpenPaths(files: string[]): void;
  /** The next save dialog returns this path (or null: the user cancels). */
  nextSavePath(file: string | null): void;
  /** The next confirmation is answered with this. */
  nextConfirm(answer: boolean): void;
  /** Every dialog the app showed, in order, with the answer it got. */
  readonly shown: readonly DialogRecord[];
  /** Dialogs the app showed that the test had not scripted (each made a service call fail). */
  readonly unscripted: readonly string[];
  /** Throws if the app asked for an unscripted dialog or a scripted answer was never used. */
  assertSettled(): void;
}

/** Dialogs that answer from queues the test fills, and fail loudly when it did not. */
export function createScriptedDialogs(): ScriptedDialogs {
  // A folder answer remembers that it was meant for a folder picker, so a test that scripted a
  // folder fails clearly if the app asks for a file instead (and the other way round).
  const openAnswers: { paths: string[] | null; folder: boolean }[] = [];
  const saveAnswers: (string | null)[] = [];
  const confirmAnswers: boolean[] = [];
  const shown: DialogRecord[] = [];
  // A dialog the test did not script throws inside a service, and dispatch turns that into a
  // generic "internal" error for the page; keep the real reason so teardown can report it.
  const unscripted: string[] = [];

  function missing(kind: string, title: string, how: string): Error {
    const message = `The app showed a ${kind} dialog ("${title}") but the test did not script an answer: call dialogs.${how} before the step that opens it.`;
    unscripted.push(message);
    return new Error(message);
  }

  return {
    nextOpenPath(file) {
      openAnswers.push({ paths: file === null ? null : [absolute(file, 'nextOpenPath')], folder: false });
    },
    nextFolder(dir) {
      openAnswers.push({ paths: dir === null ? null : [absolute(dir, 'nextFolder')], folder: true });
    },
    nextOpenPaths(files) {
      if (files.length === 0) throw new Error('dialogs.nextOpenPaths needs at least one path; use nextOpenPath(null) for a cancel.');
      openAnswers.push({ paths: files.map((file) => absolute(file, 'nextOpenPaths')), folder: false });
    },
    nextSavePath(file) {
      saveAnswers.push(file === null ? null : absolute(file, 'nextSavePath'));
    },
    nextConfirm(answer) {
      confirmAnswers.push(answer);
    },

    async showOpen(options) {
      const next = openAnswers.shift();
      if (!next) throw missing('open', options.title, options.directory ? 'nextFolder(…)' : 'nextOpenPath(…)');
      if (next.folder !== !!options.directory) {
        const message = next.folder
          ? `The test scripted a folder (dialogs.nextFolder) but the app showed a file dialog ("${options.title}"): use nextOpenPath.`
          : `The test scripted a file (dialogs.nextOpenPath) but the app showed a folder picker ("${options.title}"): use nextFolder.`;
        unscripted.push(message);
        throw new Error(message);
      }
      const answer = next.paths;
      if (answer && answer.length > 1 && !options.multiple) {
        throw new Error(`The test scripted ${answer.length} files for the open dialog "${options.title}", which allows only one.`);
      }
      shown.push({ kind: 'open', options, answer });
      return answer;
    },
    async showSave(options) {
      if (saveAnswers.length === 0) throw missing('save', options.title, 'nextSavePath(…)');
      const answer = saveAnswers.shift() ?? null;
      shown.push({ kind: 'save', options, answer });
      return answer;
    },
    async confirm(options) {
      const answer = confirmAnswers.shift();
      if (answer === undefined) throw missing('confirmation', options.title, 'nextConfirm(…)');
      shown.push({ kind: 'confirm', options, answer });
      return answer;
    },

    get shown() {
      return shown;
    },
    get unscripted() {
      return unscripted;
    },
    assertSettled() {
      const problems = [...unscripted];
      const left = [
        [openAnswers.length, 'open'],
        [saveAnswers.length, 'save'],
        [confirmAnswers.length, 'confirmation'],
      ] as const;
      for (const [count, kind] of left) {
        if (count > 0) problems.push(`${count} scripted ${kind} dialog answer(s) were never used: the app did not show the dialog the test expected.`);
      }
      if (problems.length > 0) throw new Error(problems.join('\n'));
    },
  };
}

/** Native dialogs always return absolute paths; a relative one in a test is a mistake. */
function absolute(file: string, method: string): string {
  if (!path.isAbsolute(file)) throw new Error(`dialogs.${method} needs an absolute path (e.g. path.join(dataDir, …)), got "${file}".`);
  return file;
}

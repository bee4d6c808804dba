/**
 * Links that lead out of the app. The app never shows remote content itself; an https link
 * may open in the user's own browser, but only after they have seen where it goes and said yes.
 * Every other scheme (javascript:, file:, http:, custom handlers) is refused: each can run
 * code, expose local files or send data in the clear.
 */
import type { MessageBoxOptions, MessageBoxReturnValue } from 'electron';
import { productName } from '../../shared/product';
import { createLogger } from '../services';

const log = createLogger('external-links');

export interface ExternalLinkDeps {
  /** dialog.showMessageBox, modal to the app window when there is one. */
  showMessageBox(options: MessageBoxOptions): Promise<MessageBoxReturnValue>;
  /** shell.openExternal. */
  openExternal(url: string): Promise<void>;
}

/** Offers to open a URL in the user's browser; resolves true only if it was opened. */
export type OfferExternalLink = (url: string) => Promise<boolean>;

const openButton = 0;
const cancelButton = 1;

/** The URL, normalised, if it is one the app may hand to the browser at all. */
export function externalHttpsUrl(url: string): URL | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  // Credentials in a link (https://trusted.example@elsewhere.example) exist to mislead.
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '') return undefined;
  return parsed;
}

export function createExternalLinkOpener(deps: ExternalLinkDeps): OfferExternalLink {
  // One question at a time: a page calling window.open in a loop must not bury the user in dialogs.
  let asking = false;
  return async (url) => {
    const target = externalHttpsUrl(url);
    if (!target) {
      // The scheme says what kind of link it was without saying where it pointed.
      log.warn('refused a link the app may not open', { scheme: schemeOf(url) });
      return false;
    }
    if (asking) return false;
    asking = true;
    try {
      const { response } = await deps.showMessageBox({
        type: 'question',
        title: productName,
        message: `Open ${target.host} in your web browser?`,
        detail: `${target.href}\n\nThe page opens in your browser, outside ${productName}.`,
        buttons: ['Open in browser', 'Cancel'],
        defaultId: cancelButton,
        cancelId: cancelButton,
        noLink: true,
      });
      if (response !== openButton) return false;
      await deps.openExternal(target.href);
      return true;
    } catch (error) {
      log.warn('could not open a link in the browser', { type: error instanceof Error ? error.name : typeof error });
      return false;
    } finally {
      asking = false;
    }
  };
}

function schemeOf(url: string): string {
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(url);
  return match?.[1]?.toLowerCase() ?? 'none';
}

/**
 * Passphrase strength from zxcvbn-ts, in words a reviewer can act on. The dictionaries are
 * large (about a megabyte), so they load on first use, in their own chunk, when the user first
 * types a new passphrase — never at start-up.
 */
import { minimumPassphraseLength } from '../../shared/workspace';

export type StrengthScore = 0 | 1 | 2 | 3 | 4;

export interface Strength {
  score: StrengthScore;
  /** "Very weak" … "Very strong": the score in words, never conveyed by colour alone. */
  label: string;
  /** zxcvbn's warning and suggestions, e.g. "This is a commonly used password." */
  feedback: string[];
  /** Long enough and hard enough to guess for the wizard to accept. */
  acceptable: boolean;
}

/** Scores below this are refused: 3 means about 10^10 guesses, safe against offline attack only with a slow KDF — which we have. */
export const minimumScore = 3;

const labels: Record<StrengthScore, string> = {
  0: 'Very weak',
  1: 'Weak',
  2: 'Fair',
  3: 'Strong',
  4: 'Very strong',
};

type Estimator = (passphrase: string, userInputs: string[]) => { score: StrengthScore; feedback: { warning: string | null; suggestions: string[] } };

let estimator: Promise<Estimator> | null = null;

function loadEstimator(): Promise<Estimator> {
  estimator ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-en')]).then(
    ([core, common, en]) => {
      core.zxcvbnOptions.setOptions({
        translations: en.translations,
        graphs: common.adjacencyGraphs,
        dictionary: { ...common.dictionary, ...en.dictionary },
      });
      return (passphrase, userInputs) => core.zxcvbn(passphrase, userInputs);
    },
  );
  return estimator;
}

/**
 * How strong `passphrase` is. `userInputs` are words an attacker could guess from context (the
 * workspace name, the display name): a passphrase built from them scores lower.
 */
export async function estimateStrength(passphrase: string, userInputs: string[] = []): Promise<Strength> {
  const estimate = await loadEstimator();
  // Only the score and the advice leave this function; zxcvbn's result also echoes the passphrase.
  const { score, feedback } = estimate(passphrase, userInputs.filter((input) => input.trim().length > 0));
  const advice = [feedback.warning, ...feedback.suggestions].filter((line): line is string => !!line);
  const longEnough = passphrase.length >= minimumPassphraseLength;
  return { score, label: labels[score], feedback: advice, acceptable: longEnough && score >= minimumScore };
}

import { minimumPassphraseLength } from '../../shared/workspace';
import { estimateStrength } from '../lib/passphrase-strength';
import { errorFor, type FormError } from './ErrorSummary';
import { PassphraseStrength, useStrength } from './PassphraseStrength';
import { TextInput } from './TextInput';

interface NewPassphraseFieldsProps {
  /** Prefix for the field ids, unique on the page. */
  idPrefix: string;
  passphrase: string;
  confirmation: string;
  onPassphrase: (value: string) => void;
  onConfirmation: (value: string) => void;
  errors: readonly FormError[];
  /** Words an attacker could guess from context (workspace name, display name). */
  userInputs: readonly string[];
  label?: string;
}

export const newPassphraseIds = (prefix: string) => ({ passphrase: `${prefix}-passphrase`, confirmation: `${prefix}-confirmation` });

/** A new passphrase typed twice, with live strength feedback. */
export function NewPassphraseFields(props: NewPassphraseFieldsProps) {
  const { idPrefix, passphrase, confirmation, errors, userInputs, label = 'New passphrase' } = props;
  const ids = newPassphraseIds(idPrefix);
  const strength = useStrength(passphrase, userInputs);
  const strengthId = `${idPrefix}-strength`;
  return (
    <>
      <TextInput
        id={ids.passphrase}
        label={label}
        type="password"
        autoComplete="new-password"
        spellCheck={false}
        hint={`Use at least ${minimumPassphraseLength} characters. Three or four unrelated words you can picture together are strong and easy to remember. Avoid names, dates and anything about the review.`}
        value={passphrase}
        onChange={props.onPassphrase}
        error={errorFor(errors, ids.passphrase)}
        describedBy={strengthId}
      />
      <PassphraseStrength id={strengthId} passphrase={passphrase} strength={strength} />
      <TextInput
        id={ids.confirmation}
        label={`Type the ${label.toLowerCase()} again`}
        type="password"
        autoComplete="new-password"
        spellCheck={false}
        value={confirmation}
        onChange={props.onConfirmation}
        error={errorFor(errors, ids.confirmation)}
      />
    </>
  );
}

/** What is wrong with a new passphrase, if anything, for the error summary and its fields. */
export async function checkNewPassphrase(
  idPrefix: string,
  passphrase: string,
  confirmation: string,
  userInputs: readonly string[],
): Promise<FormError[]> {
  const ids = newPassphraseIds(idPrefix);
  const errors: FormError[] = [];
  if (!passphrase) {
    errors.push({ fieldId: ids.passphrase, message: 'Enter a passphrase.' });
  } else if (passphrase.length < minimumPassphraseLength) {
    errors.push({ fieldId: ids.passphrase, message: `Use at least ${minimumPassphraseLength} characters: a few unrelated words is easiest to remember.` });
  } else {
    const strength = await estimateStrength(passphrase, [...userInputs]);
    if (!strength.acceptable) {
      const why = strength.feedback[0] ? ` ${strength.feedback[0]}` : '';
      errors.push({
        fieldId: ids.passphrase,
        message: `This passphrase would be too easy to guess (strength: ${strength.label.toLowerCase()}).${why} Add another word or two that have nothing to do with each other.`,
      });
    }
  }
  if (!confirmation) errors.push({ fieldId: ids.confirmation, message: 'Type the passphrase again to confirm it.' });
  else if (passphrase && confirmation !== passphrase) {
    errors.push({ fieldId: ids.confirmation, message: 'The passphrases do not match. Type the same passphrase in both boxes.' });
  }
  return errors;
}

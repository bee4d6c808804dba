import { TextInput } from './TextInput';

interface CurrentPassphraseFieldProps {
  id: string;
  /** Why the passphrase is asked for, e.g. "To make a new code, confirm the workspace’s passphrase." */
  hint: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** The workspace's existing passphrase, asked for again before a change to how it is unlocked. */
export function CurrentPassphraseField({ id, hint, value, onChange, error }: CurrentPassphraseFieldProps) {
  return (
    <TextInput
      id={id}
      label="Passphrase"
      hint={hint}
      type="password"
      autoComplete="current-password"
      spellCheck={false}
      value={value}
      onChange={onChange}
      error={error}
      width="medium"
    />
  );
}

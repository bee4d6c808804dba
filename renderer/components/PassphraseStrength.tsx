import { useEffect, useState } from 'react';
import { estimateStrength, type Strength } from '../lib/passphrase-strength';

/** The strength of what is being typed, re-estimated once typing pauses. */
export function useStrength(passphrase: string, userInputs: readonly string[]): Strength | null {
  const [strength, setStrength] = useState<Strength | null>(null);
  const inputsKey = userInputs.join('\n');
  useEffect(() => {
    if (!passphrase) return;
    let current = true;
    const timer = setTimeout(() => {
      void estimateStrength(passphrase, inputsKey.split('\n')).then((estimate) => {
        if (current) setStrength(estimate);
      });
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [passphrase, inputsKey]);
  return passphrase ? strength : null;
}

interface PassphraseStrengthProps {
  id: string;
  passphrase: string;
  strength: Strength | null;
}

/**
 * Strength in words (and a bar that only repeats them), with zxcvbn's advice. A polite live
 * region: screen-reader users hear it once they pause typing.
 */
export function PassphraseStrength({ id, passphrase, strength }: PassphraseStrengthProps) {
  return (
    <div id={id} className="strength" aria-live="polite">
      {passphrase && !strength && <p className="strength-label">Checking strength…</p>}
      {passphrase && strength && (
        <>
          <div className={`strength-meter strength-meter-${strength.score}`} aria-hidden="true">
            <span />
          </div>
          <p className="strength-label">
            Strength: <strong>{strength.label}</strong> ({strength.score} of 4).{' '}
            {strength.acceptable ? 'This passphrase is strong enough.' : 'Not strong enough yet.'}
          </p>
          {strength.feedback.length > 0 && (
            <ul className="strength-advice">
              {strength.feedback.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}

interface FormActionsProps {
  /** The primary button's text; it submits the surrounding form. */
  submitLabel: string;
  onCancel: () => void;
  disabled?: boolean;
}

/** A form's primary action with a quieter Cancel beside it, as on every step of a wizard. */
export function FormActions({ submitLabel, onCancel, disabled }: FormActionsProps) {
  return (
    <div className="button-group">
      <button type="submit" className="button" disabled={disabled}>
        {submitLabel}
      </button>
      <button type="button" className="link-button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

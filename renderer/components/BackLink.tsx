interface BackLinkProps {
  onClick: () => void;
  children?: string;
}

/** GOV.UK's back link, as a button: it changes what the app shows, not a URL. */
export function BackLink({ onClick, children = 'Back' }: BackLinkProps) {
  return (
    <button type="button" className="back-link" onClick={onClick}>
      {children}
    </button>
  );
}

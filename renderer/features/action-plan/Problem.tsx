/** What could not be read, in place of it, with the way to try again. */
export function Problem({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div className="ap-inset" role="alert">
      <p>{message}</p>
      <button type="button" className="button button-secondary" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}

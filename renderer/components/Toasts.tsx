import { useToasts } from '../lib/notify';

/** Errors stay until dismissed: a public-sector user may be reading slowly or with a screen reader. */
export function Toasts() {
  const toasts = useToasts((state) => state.toasts);
  const dismiss = useToasts((state) => state.dismiss);
  return (
    <section className="toasts" aria-label="Notifications">
      <div role="alert">
        {toasts.map((toast) => (
          <div key={toast.id} className="toast">
            <p>{toast.message}</p>
            <button type="button" onClick={() => dismiss(toast.id)}>
              Dismiss
            </button>
          </div>
        ))}
      </div>
    </section>
  );
}

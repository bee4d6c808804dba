/** One way to tell the user something failed: every caught error goes through notifyError. */
import { create } from 'zustand';
import { AppError } from '../../shared/errors';

export interface Toast {
  id: number;
  message: string;
}

interface ToastState {
  toasts: Toast[];
  push: (message: string) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

export const useToasts = create<ToastState>()((set) => ({
  toasts: [],
  push: (message) => set((state) => ({ toasts: [...state.toasts, { id: nextId++, message }] })),
  dismiss: (id) => set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) })),
}));

export const unexpectedErrorMessage =
  'Something went wrong inside the app. Nothing was changed. Try again; if it keeps happening, restart the app.';

export function notifyError(error: unknown): void {
  const message = error instanceof AppError ? error.message : unexpectedErrorMessage;
  useToasts.getState().push(message);
}

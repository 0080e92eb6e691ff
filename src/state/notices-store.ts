import { create } from 'zustand';

/** Messages about things the app ignored or could not do, shown until dismissed. */
interface NoticesStore {
  readonly notices: readonly string[];
  add: (messages: readonly string[]) => void;
  dismiss: (message: string) => void;
}

export const useNoticesStore = create<NoticesStore>()((set) => ({
  notices: [],
  add: (messages) => set((s) => ({ notices: [...new Set([...s.notices, ...messages])] })),
  dismiss: (message) => set((s) => ({ notices: s.notices.filter((m) => m !== message) })),
}));

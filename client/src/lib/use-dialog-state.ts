// A dialog that starts afresh at each opening: a new `key` per opening remounts it (no
// state reset in effects), and it stays mounted while closed so that focus can return to
// the control that opened it. The payload is what it opened for (the user to edit…).
//
//   const edit = useDialogState<User>();
//   edit.open(user);
//   {edit.payload ? <EditUserDialog key={edit.key} open={edit.isOpen} onClose={edit.close} user={edit.payload} /> : null}
import { useCallback, useState } from "react";

type DialogState<P> = { key: number; isOpen: boolean; payload: P | null };
type OpenArgs<P> = [P] extends [never] ? [] : [payload: P];

export function useDialogState<P = never>() {
  const [state, setState] = useState<DialogState<P>>({ key: 0, isOpen: false, payload: null });
  const open = useCallback(
    (...args: OpenArgs<P>) =>
      setState((s) => ({ key: s.key + 1, isOpen: true, payload: (args.length ? args[0] : null) as P | null })),
    [],
  );
  const close = useCallback(() => setState((s) => ({ ...s, isOpen: false })), []);
  return { ...state, open, close };
}

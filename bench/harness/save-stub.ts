// The bench measures drawing, not saving: useSaveItem without a server (one stable object,
// as the real hook's `save` is stable).
const saving: ReadonlySet<string> = new Set();
const saveItem = { save: async () => true, savingIds: saving };

export function useSaveItem() {
  return saveItem;
}

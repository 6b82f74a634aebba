// jsdom has <dialog> but none of its behaviour: only `open` reflects the attribute. The
// kit's Dialog calls showModal()/close() and closes on the `cancel` event that Escape
// fires, so those are stood in for here. Not modelled: the rest of the page becoming
// inert, and the top layer.

const modal = new WeakSet<HTMLDialogElement>();

export function polyfillDialog(): void {
  const proto = HTMLDialogElement.prototype;
  if (typeof proto.showModal === "function") return;

  proto.show = function show(this: HTMLDialogElement) {
    this.open = true;
  };
  proto.showModal = function showModal(this: HTMLDialogElement) {
    if (this.open) throw new DOMException("The dialog is already open.", "InvalidStateError");
    modal.add(this);
    this.open = true;
  };
  proto.close = function close(this: HTMLDialogElement, returnValue?: string) {
    if (!this.open) return;
    if (returnValue !== undefined) this.returnValue = returnValue;
    modal.delete(this);
    this.open = false;
    this.dispatchEvent(new Event("close"));
  };

  // Escape on an open modal dialog fires a cancelable `cancel` on it, then closes it
  // unless a listener prevented that (the kit's Dialog does, and lets React state decide).
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    const dialogs = Array.from(document.querySelectorAll("dialog")).filter((d) => d.open && modal.has(d));
    const top = dialogs[dialogs.length - 1];
    if (!top) return;
    if (top.dispatchEvent(new Event("cancel", { cancelable: true }))) top.close();
  });
}

// Registers the service worker that keeps the app shell available offline (built by
// vite-plugin-pwa into /sw.js, see vite.config.ts). Only in a built app: the dev server
// has no /sw.js. A page that fails to register still works online, so a failure is only logged.
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  window.addEventListener("load", () => {
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch((error: unknown) => {
      console.warn("The service worker could not be registered: the app will not open offline", error);
    });
  });
}

import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { VitePWA } from "vite-plugin-pwa";
import tailwindcss from "@tailwindcss/vite";
import type { Plugin } from "vite";

/**
 * sonner injects its stylesheet with a <style> element at start-up, which the page's
 * CSP (style-src 'self') blocks and reports. Its CSS is imported as a file in main.tsx
 * instead, so the injection is turned off here.
 */
function sonnerWithoutInlineStyles(): Plugin {
  return {
    name: "hemicycle:sonner-without-inline-styles",
    enforce: "pre",
    transform(code, id) {
      if (!/[\\/]sonner[\\/]dist[\\/]index\.m?js$/.test(id)) return null;
      const patched = code.replace(/function __insertCSS\(code\) \{/, "function __insertCSS(code) { return;");
      if (patched === code) this.warn("sonner's __insertCSS not found: its inline <style> will be blocked by the CSP");
      return { code: patched, map: null };
    },
  };
}

const api = process.env.HEMICYCLE_API ?? "http://localhost:3000";

export default defineConfig({
  plugins: [
    sonnerWithoutInlineStyles(),
    react(),
    tailwindcss(),
    // The app shell offline once visited (docs/decisions/0015-service-worker-and-outbox.md): a
    // Workbox service worker at /sw.js precaches the built files and answers page
    // addresses with index.html. It caches no answer of the API: what waits to be sent
    // lives in the IndexedDB outbox (lib/outbox), per user.
    VitePWA({
      // Registered by lib/service-worker.ts (imported by main.tsx): no inline script under the CSP.
      injectRegister: false,
      registerType: "autoUpdate",
      manifest: false,
      workbox: {
        globPatterns: ["**/*.{js,css,html,svg,png,ico,woff2}"],
        navigateFallback: "/index.html",
        // The server's own addresses are never the app: no page fallback, no cache.
        navigateFallbackDenylist: [/^\/(trpc|files|export|api|health|ready)(\/|$|\?)/],
        runtimeCaching: [],
        // The main bundle is over a megabyte: precached all the same (the default limit is 2 MiB).
        maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  server: {
    port: 5173,
    proxy: {
      "/trpc": api,
      "/health": api,
      "/ready": api,
      "/export": api,
      "/files": api,
    },
  },
  build: {
    outDir: "dist",
    // The page runs under a strict CSP (script-src 'self'): no inline module-preload polyfill.
    modulePreload: { polyfill: false },
    // No source maps in the build: the server would not serve them (docs/security.md).
    sourcemap: false,
    // One bundle of ~210 kB gzipped (React, router, query, zod): fine for an internal tool.
    chunkSizeWarningLimit: 800,
  },
});

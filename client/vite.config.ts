import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
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
  plugins: [sonnerWithoutInlineStyles(), react(), tailwindcss()],
  server: {
    port: 5173,
    proxy: {
      "/trpc": api,
      "/health": api,
      "/export": api,
    },
  },
  build: {
    outDir: "dist",
    // The page runs under a strict CSP (script-src 'self'): no inline module-preload polyfill.
    modulePreload: { polyfill: false },
    sourcemap: true,
    // One bundle of ~210 kB gzipped (React, router, query, zod): fine for an internal tool.
    chunkSizeWarningLimit: 800,
  },
});

// Security headers on every response (docs/security.md, "Headers"): a
// Content-Security-Policy of 'self' only (no inline script or style anywhere in the
// client, no <base> at all), nosniff, no framing, HSTS behind HTTPS, a Permissions-Policy
// that denies every device and feature the app does not use, and `no-store` on every
// answer that does not say otherwise (the API's, the files', the exports': they carry
// personal data). The built client's files set their own caching (routes/client-app.ts).
import helmet from "@fastify/helmet";
import type { FastifyInstance } from "fastify";
import type { Config } from "../config.ts";

/**
 * Features no page of the app uses, denied to it and to anything it could embed. Choosing
 * a file (the evidence upload, a phone's camera included) takes no permission. Only names
 * browsers know: an unknown one is a console warning on every page.
 */
export const DENIED_FEATURES = [
  "accelerometer",
  "autoplay",
  "camera",
  "display-capture",
  "encrypted-media",
  "geolocation",
  "gyroscope",
  "hid",
  "idle-detection",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "picture-in-picture",
  "publickey-credentials-get",
  "screen-wake-lock",
  "serial",
  "usb",
  "xr-spatial-tracking",
] as const;

const PERMISSIONS_POLICY = DENIED_FEATURES.map((feature) => `${feature}=()`).join(", ");

export async function registerSecurityHeaders(app: FastifyInstance, config: Pick<Config, "publicUrl">) {
  const https = config.publicUrl.startsWith("https://");
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // HSTS only makes sense (and only works) behind HTTPS.
    strictTransportSecurity: https,
  });
  app.addHook("onSend", async (_request, reply) => {
    void reply.header("permissions-policy", PERMISSIONS_POLICY);
    // The client's files (@fastify/static) set theirs on the raw response.
    if (!reply.hasHeader("cache-control") && !reply.raw.hasHeader("cache-control"))
      void reply.header("cache-control", "no-store");
  });
}

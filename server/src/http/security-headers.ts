// Security headers on every response: a Content-Security-Policy of 'self' only (no inline
// script or style anywhere in the client), nosniff, no framing, and HSTS behind HTTPS.
import helmet from "@fastify/helmet";
import type { FastifyInstance } from "fastify";
import type { Config } from "../config.ts";

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
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // HSTS only makes sense (and only works) behind HTTPS.
    strictTransportSecurity: https,
  });
}

// Replaced at build time (vite.config.ts `define`): package.json's version, and when the build ran.
declare const __APP_VERSION__: string;
declare const __BUILD_DATE__: string;

/** Which build of the console this is. */
export const BUILD_INFO = { version: __APP_VERSION__, builtAt: __BUILD_DATE__ } as const;

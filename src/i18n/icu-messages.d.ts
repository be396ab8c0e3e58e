// `import messages from "./xx.json?icu"`: the messages of a language, parsed to ICU ASTs at build time by the
// icu-precompiled-messages plugin in vite.config.ts.
declare module "*.json?icu" {
  import type { MessageFormatElement } from "@formatjs/icu-messageformat-parser";
  const messages: Record<string, MessageFormatElement[]>;
  export default messages;
}

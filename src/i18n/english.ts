import messages from "./en.json?icu";
import type { LanguageBundle } from "./languages";

/** The English chunk. MUI's own strings are English already. */
export default { messages } satisfies LanguageBundle;

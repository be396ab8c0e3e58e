import { jaJP } from "@mui/material/locale";
import messages from "./ja.json?icu";
import type { LanguageBundle } from "./languages";

/** The Japanese chunk: the console's messages and MUI's own strings (jaJP). */
export default { messages, mui: jaJP } satisfies LanguageBundle;

import { createContext } from "react";

/**
 * Where the account's kept state is, within the account's: "" for the account as a whole, or a tenant's part of it
 * ("tenant.<id>.") when the console works in several tenants, so that each tenant keeps its own choices.
 */
export const SessionKeyScope = createContext("");

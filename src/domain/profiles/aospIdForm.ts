import { GraphError } from "../../graph/GraphError";
import * as z from "zod/mini";
import { persisted } from "../../storage/persisted";

/** How an AOSP profile's id is written in the path of its createToken and revokeToken. */
export type AospIdForm = "prefixed" | "bare";
const formSchema = z.enum(["prefixed", "bare"]);

/**
 * Microsoft's AOSP renewal sample (mggraph-intune-samples `AOSPEnrollmentProfileManagement/
 * AOSP_Token_Renew_Export.ps1`) calls createToken with `'AOSP-' + $id` and reads the same profile by the bare id.
 * Inferred: whether a tenant needs the prefix is documented nowhere, so the console writes the sample's way first.
 */
const FIRST_TRY: AospIdForm = "prefixed";
const other = (form: AospIdForm): AospIdForm => (form === "prefixed" ? "bare" : "prefixed");

/** The id as one path segment (graphPath encodes it): `AOSP-<id>` or `<id>`. */
export const aospIdSegment = (id: string, form: AospIdForm) => (form === "prefixed" ? `AOSP-${id}` : id);

/** A 404 means Graph found nothing at that path, so nothing was written: the only answer worth the other form. */
const wroteNothing = (error: unknown) => error instanceof GraphError && error.status === 404;

export interface AospIdForms {
  /** The form a write to an AOSP profile last succeeded with, in this tenant and session; null before one did. */
  known(): AospIdForm | null;
  /**
   * Sends one write with the known form (or the sample's), and only after a 404 once more with the other; the one
   * that succeeds is remembered. Any other answer (a 2xx, a 4xx, a 5xx, a timeout, a network failure) is final: it
   * may have written. While no form is known, writes wait for the first one out to settle it, so a bulk run finds
   * the form once.
   */
  write(send: (form: AospIdForm) => Promise<void>): Promise<void>;
}

export function createAospIdForms(tenantId: string): AospIdForms {
  // Kept for the tab's session and the signed-in account (accountState drops `etc.` keys on a switch or sign-out),
  // as the word itself.
  const kept = persisted(`aospIdForm.${tenantId}`, formSchema, { asText: true });
  let probe: Promise<void> | null = null;

  const known = (): AospIdForm | null => kept.read() ?? null;
  const remember = (form: AospIdForm) => void kept.write(form);

  async function attempt(send: (form: AospIdForm) => Promise<void>, first: AospIdForm) {
    try {
      await send(first);
      remember(first);
    } catch (error) {
      if (!wroteNothing(error)) throw error;
      await send(other(first));
      remember(other(first));
    }
  }

  return {
    known,
    async write(send) {
      while (known() === null && probe) await probe.catch(() => undefined);
      const form = known();
      if (form) return attempt(send, form);
      const settling = attempt(send, FIRST_TRY);
      probe = settling;
      try {
        await settling;
      } finally {
        if (probe === settling) probe = null;
      }
    },
  };
}

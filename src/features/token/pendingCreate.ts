import * as z from "zod/mini";
import { chosenSecondsSchema } from "../../domain/validity";
import { isProfileKindId, type ProfileKindId } from "../../domain/profileKinds";
import { persisted } from "../../storage/persisted";

/** A createToken the admin asked for, kept until it settles, in case a redirect sign-in interrupts it. */
export interface PendingCreate {
  kind: ProfileKindId;
  profileId: string;
  validitySeconds: number;
}

const schema = z.object({
  kind: z.string().check(z.refine(isProfileKindId)),
  profileId: z.string(),
  validitySeconds: chosenSecondsSchema,
}) as z.ZodMiniType<PendingCreate>;
// Made at each use, so that nothing of it outlives the account's storage in this page's memory.
const pendingCreate = () => persisted("pendingCreate", schema);

/** Without storage the intent is simply not restored after a redirect. */
export const rememberPendingCreate = (intent: PendingCreate) => void pendingCreate().write(intent);

export const forgetPendingCreate = () => pendingCreate().forget();

/** The interrupted intent, if any: shown to the admin after sign-in, never submitted on its own. */
export const readPendingCreate = (): PendingCreate | null => pendingCreate().read() ?? null;

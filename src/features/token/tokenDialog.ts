import type { EnrollmentProfile } from "../../domain/profile";
import type { ProfileKind } from "../../domain/profileKinds";
import type { TokenState } from "../../domain/tokenState";

/** What a dialog about a profile's current token (export, print) is given by the token's actions. */
export interface TokenDialogProps {
  open: boolean;
  profile: EnrollmentProfile;
  kind: ProfileKind;
  state: TokenState;
  onClose: () => void;
}

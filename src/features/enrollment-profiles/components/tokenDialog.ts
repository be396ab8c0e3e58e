import type { EnrollmentProfile } from "../model/profile";
import type { ProfileKind } from "../model/profileKinds";
import type { TokenState } from "../model/tokenState";

/** What a dialog about a profile's current token (export, print) is given by the token's actions. */
export interface TokenDialogProps {
  open: boolean;
  profile: EnrollmentProfile;
  kind: ProfileKind;
  state: TokenState;
  onClose: () => void;
}

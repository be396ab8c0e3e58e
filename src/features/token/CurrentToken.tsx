import type { RefObject } from "react";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { formatDateTime, formatDateTimeUtc, formatRelativeTime, t } from "../../i18n";
import { localDateStamp, safeFileName } from "../../domain/fileName";
import type { EnrollmentProfile } from "../../domain/profile";
import type { ProfileKind } from "../../domain/profileKinds";
import { relativeTime } from "../../domain/relativeTime";
import { isUsable, type TokenState } from "../../domain/tokenState";
import { EnrollmentQrCode } from "./EnrollmentQrCode";
import { EnrollmentTokenValue } from "./EnrollmentTokenValue";
import { hasQrCode } from "./qrCode";
import { profileName } from "../../domain/words/profileName";
import { useTenantFileName } from "./useTenantFileName";
import { TokenActions } from "./TokenActions";

function Expiry({ state, now }: { state: TokenState; now: Date }) {
  switch (state.kind) {
    case "none":
      return <Typography>{t("token.none")}</Typography>;
    case "doesNotExpire":
      return <Typography>{t("token.doesNotExpire")}</Typography>;
    case "unknown":
      return <Typography>{t("token.unknown")}</Typography>;
    case "expired":
      return (
        <Typography color="error">
          {t("token.expired", {
            date: formatDateTime(state.expiresAt),
            relative: formatRelativeTime(relativeTime(state.expiresAt, now)),
          })}
        </Typography>
      );
    case "valid":
    case "expiringSoon": {
      const relative = formatRelativeTime(relativeTime(state.expiresAt, now));
      return (
        <div>
          <Typography>
            {t("token.validUntil", {
              local: formatDateTime(state.expiresAt),
              utc: formatDateTimeUtc(state.expiresAt),
            })}
          </Typography>
          {state.kind === "expiringSoon" ? (
            <Typography sx={{ fontWeight: 600 }}>{t("token.expiringSoon", { relative })}</Typography>
          ) : (
            <Typography color="text.secondary">{t("token.expiresIn", { relative })}</Typography>
          )}
        </div>
      );
    }
  }
}

interface Props {
  profile: EnrollmentProfile;
  kind: ProfileKind;
  state: TokenState;
  now: Date;
  /** The section's heading, which takes focus when what it shows has just changed (created, revoked). */
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/** The profile's current token: its expiry, its value and QR code (hidden until asked), and what can be done with it. */
export function CurrentToken({ profile, kind, state, now, headingRef }: Props) {
  const usable = isUsable(state);
  const qrCode = usable && hasQrCode(profile);
  const name = safeFileName(profileName(profile), "profile");
  const withTenant = useTenantFileName();
  return (
    <Stack component="section" spacing={1.5} aria-labelledby="current-token-heading">
      <Typography id="current-token-heading" ref={headingRef} tabIndex={-1} component="h3" variant="h6">
        {t("token.heading")}
      </Typography>
      <Expiry state={state} now={now} />
      {usable &&
        (kind.tokenText
          ? profile.tokenValue && <EnrollmentTokenValue value={profile.tokenValue} />
          : (profile.tokenValue || qrCode) && (
              <Typography variant="body2" color="text.secondary">
                {t("token.qrOnly")}
              </Typography>
            ))}
      {qrCode && (
        <EnrollmentQrCode
          profile={profile}
          fileName={withTenant(t("token.qr.fileName", { name, date: localDateStamp(now) }))}
        />
      )}
      <TokenActions
        profile={profile}
        kind={kind}
        state={state}
        now={now}
        onRevoked={() => headingRef.current?.focus()}
      />
    </Stack>
  );
}

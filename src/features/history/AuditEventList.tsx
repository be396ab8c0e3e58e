import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import { formatDateTime, formatDateTimeUtc, t } from "../../i18n";
import { parseGraphDate } from "../../domain/graphDate";
import type { AuditEvent } from "../../domain/audit/auditEvent";
import type { TokenActivity } from "../../domain/audit/tokenActivity";
import { activityText, actorText, failed, resultText } from "../../domain/words/auditWords";

interface Props {
  events: readonly AuditEvent[];
  known: ReadonlyMap<string, TokenActivity>;
  /** The accessible name of the list. */
  label: string;
  /** Names the profile each event is about (across profiles). */
  showProfile?: boolean;
}

/** A row's label and value: one line each, so a narrow screen never scrolls sideways. */
function Fact({ label, children, dir, error }: { label: string; children: string; dir?: "auto"; error?: boolean }) {
  return (
    <Box component="div" sx={{ display: "flex", gap: 1, flexWrap: "wrap", ...(error && { color: "error.main" }) }}>
      <Typography
        component="dt"
        variant="body2"
        color={error ? "inherit" : "text.secondary"}
        sx={{ minWidth: "5.5em" }}
      >
        {label}
      </Typography>
      <Typography component="dd" variant="body2" dir={dir} sx={{ m: 0, overflowWrap: "anywhere", minWidth: 0 }}>
        {children}
      </Typography>
    </Box>
  );
}

/** Events of Intune's audit log, newest first: when (local and UTC), who, what, the result. All of it as text. */
export function AuditEventList({ events, known, label, showProfile = false }: Props) {
  return (
    <Box component="ol" aria-label={label} sx={{ listStyle: "none", p: 0, m: 0 }}>
      {events.map((event) => {
        const at = parseGraphDate(event.activityDateTime);
        const profile = event.resources.find((resource) => resource.displayName)?.displayName ?? null;
        return (
          <Box
            component="li"
            key={event.id || `${event.activityDateTime}/${event.activityType}`}
            sx={{ py: 1.25, borderTop: 1, borderColor: "divider" }}
          >
            <Box component="dl" sx={{ m: 0 }}>
              <Fact label={t("audit.when")}>
                {at ? `${formatDateTime(at)} · ${formatDateTimeUtc(at)}` : t("audit.whenUnknown")}
              </Fact>
              <Fact label={t("audit.who")} dir="auto">
                {actorText(event)}
              </Fact>
              <Fact label={t("audit.what")}>{activityText(event, known)}</Fact>
              {showProfile && (
                <Fact label={t("audit.profile")} dir="auto">
                  {profile ?? t("audit.profileUnknown")}
                </Fact>
              )}
              <Fact label={t("audit.result")} error={failed(event)}>
                {resultText(event)}
              </Fact>
            </Box>
          </Box>
        );
      })}
    </Box>
  );
}

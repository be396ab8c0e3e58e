import type { ReactNode } from "react";
import Alert from "@mui/material/Alert";
import AlertTitle from "@mui/material/AlertTitle";
import Box from "@mui/material/Box";
import { GraphError } from "../graph/GraphError";
import { formatDateTime, t } from "../i18n";

function supportLines(error: GraphError): string[] {
  const lines = [t("error.status", { status: error.status || "–", code: error.code })];
  if (error.requestId) lines.push(t("error.requestId", { id: error.requestId }));
  lines.push(t("error.clientRequestId", { id: error.clientRequestId }));
  const date = error.date ? new Date(error.date) : null;
  if (date && !Number.isNaN(date.getTime())) lines.push(t("error.date", { date: formatDateTime(date) }));
  return lines;
}

/** An error from Graph, with its readable message and the ids a support ticket needs. Everything renders as text. */
export function GraphErrorAlert({ title, error, action }: { title: string; error: unknown; action?: ReactNode }) {
  const graphError = error instanceof GraphError ? error : null;
  return (
    <Alert severity="error" role="alert" action={action}>
      <AlertTitle>{title}</AlertTitle>
      <Box component="p" sx={{ m: 0 }}>
        {graphError ? graphError.message : t("error.unknown")}
      </Box>
      {graphError && (
        <Box
          component="ul"
          sx={{ m: 0, mt: 1, pl: 0, listStyle: "none", fontSize: "0.8125rem", fontFamily: "monospace" }}
        >
          {supportLines(graphError).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </Box>
      )}
    </Alert>
  );
}

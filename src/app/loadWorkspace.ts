import { lazy } from "react";

// The signed-in workspace is its own chunk: the sign-in screen does not wait for it, and its download starts as
// soon as this module runs, in parallel with config.json and MSAL start-up.
const workspace = import("./workspace");

export const WorkspacePage = lazy(() => workspace.then((module) => ({ default: module.WorkspacePage })));
export const AccountMenuPanel = lazy(() => workspace.then((module) => ({ default: module.AccountMenuPanel })));
export const CopyDiagnosticsIconButton = lazy(() =>
  workspace.then((module) => ({ default: module.CopyDiagnosticsIconButton })),
);
export const SessionNoticeAlert = lazy(() => workspace.then((module) => ({ default: module.SessionNoticeAlert })));

// What only a signed-in admin sees, in one chunk of its own: the profiles page, the header's account menu on a
// narrow screen (or its diagnostics button on a wide one), and the session's notices. One chunk, not two: they share
// MUI's popover and dialog code.
export { AccountMenuPanel } from "../ui/AccountMenu";
export { CopyDiagnosticsIconButton } from "../ui/CopyDiagnosticsButton";
export { WorkspacePage } from "./workspace/WorkspacePage";
export { SessionNoticeAlert } from "./SessionNoticeAlert";

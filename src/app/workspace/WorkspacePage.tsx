import { usePrefetchQuery, useQueryClient } from "@tanstack/react-query";
import Box from "@mui/material/Box";
import { ToastProvider } from "../../ui/toast";
import { useGraphClient } from "../../graph/GraphContext";
import { getProfileQuery } from "../../queries/getProfile";
import type { ProfileRef } from "../../domain/profile";
import { PROFILE_KINDS } from "../../domain/profileKinds";
import { BulkRunBanner, FleetPanel } from "../../features/fleet/FleetPanel";
import { DetailsPanel } from "../../features/profile-list/DetailsPanel";
import { ProfileListPanel, ProfileListPlaceholder } from "../../features/profile-list/ProfileListPanel";
import { useWorkspace } from "./useWorkspace";

/** Reads a linked profile while the list loads, so that its details do not wait for the list. */
function PrefetchProfile({ selected }: { selected: ProfileRef }) {
  const queryClient = useQueryClient();
  usePrefetchQuery(getProfileQuery(useGraphClient(), queryClient, PROFILE_KINDS[selected.kind], selected.id));
  return null;
}

/** The signed-in workspace, with the toasts its writes show. */
export function WorkspacePage() {
  return (
    <ToastProvider>
      <WorkspaceLayout />
    </ToastProvider>
  );
}

/** Lays out the fleet, the list and the details that useWorkspace hands out. */
function WorkspaceLayout() {
  const workspace = useWorkspace();
  if (!workspace.laidOut) {
    return (
      <>
        <BulkRunBanner bulk={workspace.fleet.bulk} />
        <ProfileListPlaceholder />
        {workspace.prefetch && <PrefetchProfile selected={workspace.prefetch} />}
      </>
    );
  }
  const list = <ProfileListPanel key="list" {...workspace.list} />;
  const details = <DetailsPanel key="details" {...workspace.details} />;
  return (
    <>
      <BulkRunBanner bulk={workspace.fleet.bulk} />
      <FleetPanel {...workspace.fleet} />
      <Box
        sx={{
          display: "grid",
          gap: { xs: 2, md: 3 },
          gridTemplateColumns: { xs: "minmax(0, 1fr)", md: "minmax(320px, 5fr) minmax(0, 7fr)" },
          alignItems: "start",
        }}
      >
        {/* On one column the chosen profile's details come before the list, in the page as on screen: the Tab
            order follows what is shown. */}
        {workspace.detailsFirst ? [details, list] : [list, details]}
      </Box>
    </>
  );
}

import Box from "@mui/material/Box";
import { AccountMenuButton } from "../../ui/AccountMenuButton";
import { AccountIdentity } from "../AccountIdentity";
import { HeaderBar, Loading, MainArea } from "../AppLayout";

/** Stands in for what only the app knows (the account): unseen, as tall as the real lines, about as wide. */
const BLANK = "\u00a0".repeat(32);
const SOMEONE = { name: BLANK, username: BLANK, tenant: BLANK };
const ignore = () => {};

/**
 * The first screen as index.html holds it (renderFirstScreen.tsx renders it at build time): the header and main
 * area that a signed-in admin, and the demo tenant, see first while the console starts, laid out as the app lays
 * them out. The account's place in the header is kept, unseen: its three lines on a wide screen, its button on a
 * narrow one. Nothing in it can be used, and the app replaces all of it at its first render.
 */
export function FirstScreen() {
  return (
    <>
      <HeaderBar framed={false}>
        <Box sx={{ display: { xs: "none", md: "block" }, visibility: "hidden" }}>
          <AccountIdentity account={SOMEONE} />
        </Box>
        <Box sx={{ display: { xs: "contents", md: "none" }, visibility: "hidden" }}>
          <AccountMenuButton name={BLANK} onClick={ignore} />
        </Box>
      </HeaderBar>
      <MainArea framed={false} busy>
        <Loading />
      </MainArea>
    </>
  );
}

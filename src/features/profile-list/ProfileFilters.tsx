import type { Dispatch, SetStateAction } from "react";
import FormControl from "@mui/material/FormControl";
import InputLabel from "@mui/material/InputLabel";
import NativeSelect from "@mui/material/NativeSelect";
import OutlinedInput from "@mui/material/OutlinedInput";
import Stack from "@mui/material/Stack";
import { t } from "../../i18n";
import { memoInLanguage } from "../../i18n/memoInLanguage";
import { GROUP_ORDER, isExpiryGroup, type ExpiryGroup } from "../../domain/expiryGroups";
import type { ProfileFilter, ProfileSort } from "../../domain/filterSort";
import { GROUP_LABEL } from "../../domain/words/groupLabel";
import { KIND_ORDER, PROFILE_KINDS, isProfileKindId, type ProfileKindId } from "../../domain/profileKinds";

interface Props {
  filter: ProfileFilter;
  onFilterChange: Dispatch<SetStateAction<ProfileFilter>>;
  sort: ProfileSort;
  onSortChange: (sort: ProfileSort) => void;
  /** How many profiles of each kind the tenant has (before filtering). */
  kindCounts: ReadonlyMap<ProfileKindId, number>;
  /** The token states to offer. */
  groups: readonly ExpiryGroup[];
}

/** Text filter, kind filter and sort order of the profile list. */
export function ProfileFilters({ filter, onFilterChange, sort, onSortChange, kindCounts, groups }: Props) {
  return (
    <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: "wrap" }}>
      <FormControl size="small" sx={{ flex: "1 1 220px" }}>
        <InputLabel htmlFor="profile-filter">{t("profiles.filter.label")}</InputLabel>
        <OutlinedInput
          id="profile-filter"
          label={t("profiles.filter.label")}
          placeholder={t("profiles.filter.placeholder")}
          type="search"
          value={filter.text}
          onChange={(event) => {
            const text = event.target.value;
            onFilterChange((previous) => ({ ...previous, text }));
          }}
        />
      </FormControl>
      <FilterChoices
        kind={filter.kind}
        group={filter.group}
        onFilterChange={onFilterChange}
        sort={sort}
        onSortChange={onSortChange}
        kindCounts={kindCounts}
        groups={groups}
      />
    </Stack>
  );
}

type ChoicesProps = Omit<Props, "filter"> & Pick<ProfileFilter, "kind" | "group">;

/** The kind, state and sort choices: memoized, so a keystroke in the text filter leaves them alone. */
const FilterChoices = memoInLanguage(function FilterChoices(props: ChoicesProps) {
  const { kind: chosenKind, group: chosenGroup, onFilterChange, sort, onSortChange, kindCounts, groups } = props;
  // Only kinds the tenant has, and the chosen one even when none is left.
  const kinds = KIND_ORDER.filter((kind) => kindCounts.has(kind) || kind === chosenKind);
  const states = GROUP_ORDER.filter((group) => groups.includes(group) || group === chosenGroup);
  return (
    <>
      <FormControl size="small" sx={{ flex: "1 1 180px" }}>
        <InputLabel htmlFor="profile-kind" variant="outlined">
          {t("profiles.kindFilter.label")}
        </InputLabel>
        <NativeSelect
          id="profile-kind"
          value={chosenKind}
          onChange={(event) => {
            const kind = event.target.value;
            onFilterChange((previous) => ({ ...previous, kind: isProfileKindId(kind) ? kind : "all" }));
          }}
          input={<OutlinedInput label={t("profiles.kindFilter.label")} />}
        >
          <option value="all">{t("profiles.kindFilter.all")}</option>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {t("profiles.kindFilter.option", {
                kind: t(PROFILE_KINDS[kind].label),
                count: kindCounts.get(kind) ?? 0,
              })}
            </option>
          ))}
        </NativeSelect>
      </FormControl>
      <FormControl size="small" sx={{ flex: "1 1 180px" }}>
        <InputLabel htmlFor="profile-state" variant="outlined">
          {t("profiles.stateFilter.label")}
        </InputLabel>
        <NativeSelect
          id="profile-state"
          value={chosenGroup}
          onChange={(event) => {
            const group = event.target.value;
            onFilterChange((previous) => ({ ...previous, group: isExpiryGroup(group) ? group : "all" }));
          }}
          input={<OutlinedInput label={t("profiles.stateFilter.label")} />}
        >
          <option value="all">{t("profiles.stateFilter.all")}</option>
          {states.map((group) => (
            <option key={group} value={group}>
              {t(GROUP_LABEL[group])}
            </option>
          ))}
        </NativeSelect>
      </FormControl>
      <FormControl size="small" sx={{ flex: "1 1 150px" }}>
        <InputLabel htmlFor="profile-sort" variant="outlined">
          {t("profiles.sort.label")}
        </InputLabel>
        <NativeSelect
          id="profile-sort"
          value={sort}
          onChange={(event) => onSortChange(event.target.value === "expiry" ? "expiry" : "name")}
          input={<OutlinedInput label={t("profiles.sort.label")} />}
        >
          <option value="name">{t("profiles.sort.name")}</option>
          <option value="expiry">{t("profiles.sort.expiry")}</option>
        </NativeSelect>
      </FormControl>
    </>
  );
});

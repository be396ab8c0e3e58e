/** The tenant picker's width: the header keeps its room while the picker's code loads. */
export const PICKER_WIDTH = { xs: "100%", sm: 260 };

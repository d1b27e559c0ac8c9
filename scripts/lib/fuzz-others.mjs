// Lighter generators for the other types with a grammar of ours; filled in below.
export const otherBuilders = {};

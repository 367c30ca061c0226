/** Where a repository keeps Roundtable's config, on its default branch. */
export const configPath = ".github/roundtable.yml";

/** The extension's keyboard shortcuts, named once for the manifest (wxt.config.ts) and the background. */
export const OPEN_PROFILE_COMMAND = 'open-profile';
export const TAG_PERSON_COMMAND = 'tag-person';

/** The entity ref of a tool entity the catalog module ingests. */
export const toolEntityRef = (toolId: string) => `component:default/${toolId}`;

// The roadmap editor: the roadmap's fields, its items, their order, dependencies and
// linked findings, coverage and proposals from the findings.
export const roadmapEditingProcedures = {};

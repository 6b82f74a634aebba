// The parliament's review: submitting, deciding, comments, revisions and their
// comparison, progress after endorsement, and the live feed of saved changes.
export const roadmapReviewProcedures = {};

package vn.motcua.dossier;

/** How many dossiers a whole work queue holds, and how many of them are overdue or due soon. */
public record QueueCounts(long total, long overdue, long dueSoon) {
}

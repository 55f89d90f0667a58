package vn.motcua.dossier;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.motcua.shared.QueueCursor;

/** One page of a work queue, and where the next one starts (null on the last page). */
public record QueueSlice(List<QueueItem> items, @Nullable QueueCursor next) {
}

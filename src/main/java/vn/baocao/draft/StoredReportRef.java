package vn.baocao.draft;

import java.nio.file.Path;
import vn.baocao.extract.ReportMetadata;

/**
 * A report known to the history a draft is made from.
 *
 * @param id       its id in the history (the store's report id; for a folder, its position in file-name order, from 1)
 * @param metadata what it says about itself (issuer, period, …)
 * @param source   the file it was read from (for a store: the kept copy)
 */
public record StoredReportRef(long id, ReportMetadata metadata, Path source) {}

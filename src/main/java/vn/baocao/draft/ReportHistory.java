package vn.baocao.draft;

import java.util.List;
import vn.baocao.extract.Extraction;

/** The reports a draft can start from: a folder of files, or (with the store) the imported reports. */
public interface ReportHistory {

    /** Every report, with its metadata. */
    List<StoredReportRef> reports();

    /** The full extraction of one report. */
    Extraction load(StoredReportRef ref);
}

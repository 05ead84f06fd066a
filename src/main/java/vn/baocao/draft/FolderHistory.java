package vn.baocao.draft;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.baocao.extract.Extraction;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.read.ReadException;
import vn.baocao.read.ReportReader;

/**
 * The reports in one folder (not its sub-folders), extracted on the fly: {@code baocao draft --history DIR}.
 * Files that cannot be read as reports are skipped.
 */
public final class FolderHistory implements ReportHistory {

    private final List<StoredReportRef> reports = new ArrayList<>();
    private final Map<Long, Extraction> extractions = new HashMap<>();

    /** @throws DraftException when the folder cannot be listed */
    public FolderHistory(Path folder, ReportExtractor extractor) {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(Files::isRegularFile)
                    .filter(ReportReader::hasReportExtension)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new DraftException("Không đọc được thư mục báo cáo " + folder + ": " + e.getMessage(), e);
        }
        long id = 1;
        for (Path f : files) {
            try {
                Extraction x = extractor.extract(f);
                reports.add(new StoredReportRef(id, x.metadata(), f));
                extractions.put(id, x);
                id++;
            } catch (ReadException e) {
                // not a readable report: not part of the history
            }
        }
    }

    @Override
    public List<StoredReportRef> reports() {
        return List.copyOf(reports);
    }

    @Override
    public Extraction load(StoredReportRef ref) {
        Extraction x = extractions.get(ref.id());
        if (x == null) {
            throw new DraftException("Không có báo cáo số " + ref.id() + " trong thư mục.");
        }
        return x;
    }
}

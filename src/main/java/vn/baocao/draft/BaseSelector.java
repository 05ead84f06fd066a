package vn.baocao.draft;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import vn.baocao.extract.Period;
import vn.baocao.extract.ReportMetadata;

/** Chooses the report a draft starts from: the unit's latest report before the target period, or the one named. */
public final class BaseSelector {

    /**
     * The chosen base and, when there is one, the report of the same period a year before the target by the
     * base's issuing body.
     *
     * @param base         the base report
     * @param sameLastYear the report of the target's period one year earlier, or null
     */
    public record Choice(StoredReportRef base, StoredReportRef sameLastYear) {}

    private BaseSelector() {}

    /**
     * @param candidates  every known report
     * @param unitMatches whether a report belongs to the unit asked for
     * @param unit        the unit as the user named it (for messages)
     * @param target      the period to draft
     * @param fromId      the id of the base the user named, or null
     * @throws DraftException with a Vietnamese message: unknown unit, unknown id, no earlier report, period not after the base
     */
    public static Choice choose(
            List<StoredReportRef> candidates,
            Predicate<ReportMetadata> unitMatches,
            String unit,
            Period target,
            Long fromId) {
        List<StoredReportRef> mine =
                candidates.stream().filter(r -> unitMatches.test(r.metadata())).toList();
        StoredReportRef base;
        if (fromId != null) {
            base = candidates.stream()
                    .filter(r -> r.id() == fromId)
                    .findFirst()
                    .orElseThrow(() -> new DraftException("Không có báo cáo mã " + fromId + " trong kho."));
            Integer key = endKey(base);
            if (key == null) {
                throw new DraftException("Báo cáo mã " + fromId
                        + " không ghi rõ kỳ báo cáo: không thể soạn kỳ tiếp theo từ báo cáo này.");
            }
            if (target.endKey() == null || target.endKey() <= key) {
                throw new DraftException("Kỳ " + target.label() + " không sau kỳ của báo cáo gốc (mã " + fromId + ", "
                        + base.metadata().period().label() + ").");
            }
        } else {
            if (mine.isEmpty()) {
                throw new DraftException("Không tìm thấy đơn vị «" + unit + "» trong kho báo cáo.");
            }
            Optional<StoredReportRef> latest = mine.stream()
                    .filter(r -> endKey(r) != null && target.endKey() != null && endKey(r) < target.endKey())
                    .max(Comparator.comparingInt(BaseSelector::endKey));
            base = latest.orElseThrow(() -> new DraftException(
                    "Chưa có báo cáo nào của «" + unit + "» trước kỳ " + target.label() + " để làm báo cáo gốc."));
        }
        Period lastYear = target.year() == null ? null : target.withYear(target.year() - 1);
        String issuer = vn.baocao.normalize.VietnameseText.fold(base.metadata().issuer());
        StoredReportRef seasonal = lastYear == null || issuer == null
                ? null
                : candidates.stream()
                        .filter(r -> Objects.equals(r.metadata().period(), lastYear)
                                && r.id() != base.id()
                                && issuer.equals(vn.baocao.normalize.VietnameseText.fold(
                                        r.metadata().issuer())))
                        .findFirst()
                        .orElse(null);
        return new Choice(base, seasonal);
    }

    private static Integer endKey(StoredReportRef r) {
        return r.metadata().period() == null ? null : r.metadata().period().endKey();
    }
}

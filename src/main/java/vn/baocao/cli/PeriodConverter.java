package vn.baocao.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import vn.baocao.extract.Period;

/**
 * Converts every {@code --period} value of every command with the one period grammar ({@link Period#parse});
 * an invalid value is a usage error (exit 2) with the grammar's Vietnamese message. Registered once in {@link Main}.
 */
final class PeriodConverter implements ITypeConverter<Period> {

    /** The forms a user may type, for option descriptions. */
    static final String FORMS = "tháng 12/2025, 12/2025, T12/2025, Q4/2023, 2023-Q4, quý IV/2023, Quý 4 năm 2023, "
            + "6T/2024, 9T/2024, 2024";

    @Override
    public Period convert(String value) {
        try {
            return Period.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}

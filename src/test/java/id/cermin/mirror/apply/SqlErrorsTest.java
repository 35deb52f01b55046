package id.cermin.mirror.apply;

import org.junit.jupiter.api.Test;

import java.lang.reflect.UndeclaredThrowableException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SqlErrorsTest {

    @Test
    void aWrapperWithoutAMessageIsDescribedByWhatItWraps() {
        SQLException refused = new SQLException("Access denied for user 'store_s1'@'10.0.0.7'\n(using password: YES)");
        assertEquals("Access denied for user 'store_s1'@'10.0.0.7' (using password: YES)",
                SqlErrors.describe(new UndeclaredThrowableException(refused)));
        assertEquals("IllegalStateException", SqlErrors.describe(new IllegalStateException()));
    }

    @Test
    void constraintsAndValuesAreRowProblemsAndTheLinkIsNot() {
        assertTrue(SqlErrors.isRowProblem(new SQLIntegrityConstraintViolationException("dup", "23000", 1062)));
        assertTrue(SqlErrors.isRowProblem(new SQLException("out of range", "22003", 1264)));
        assertFalse(SqlErrors.isRowProblem(new SQLException("Communications link failure", "08S01", 0)));
    }
}

package id.cermin.mirror.schema;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * The kinds of value a mirrored column holds, as JDBC reads them (mysql-connector-j's
 * {@code getObject}): what a row read from one database and a row decoded from a
 * message must both be, so that they compare equal when they are.
 */
public enum ColumnType {
    TEXT(String.class),
    LONG(Long.class),
    INT(Integer.class),
    DECIMAL(BigDecimal.class),
    BOOL(Boolean.class),
    TIME(LocalDateTime.class);

    private final Class<?> javaType;

    ColumnType(Class<?> javaType) {
        this.javaType = javaType;
    }

    public Class<?> javaType() {
        return javaType;
    }
}

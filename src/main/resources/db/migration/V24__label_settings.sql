-- The prefix of the barcodes this store makes for products that have none (EAN-13 in
-- the in-store range 20-29). Each store chooses its own so that two stores never make
-- the same code while apart. Node-local, never mirrored.
CREATE TABLE label_setting (
    node           VARCHAR(32) CHARACTER SET ascii NOT NULL,
    barcode_prefix VARCHAR(6)  CHARACTER SET ascii NOT NULL,
    updated_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (node),
    CONSTRAINT ck_label_setting_prefix CHECK (barcode_prefix REGEXP '^2[0-9]{1,5}$')
) ENGINE = InnoDB;

-- The store's own time zone: its business days (receipt numbers, reports, dashboard) and
-- the times its pages show. One of Indonesia's three zones; node-local like the rest of
-- store_profile, never mirrored.
ALTER TABLE store_profile
    ADD COLUMN time_zone VARCHAR(32) CHARACTER SET ascii NOT NULL DEFAULT 'Asia/Jakarta' AFTER footer,
    ADD CONSTRAINT ck_store_profile_time_zone
        CHECK (time_zone IN ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'));

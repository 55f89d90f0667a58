-- Where and how the public reaches an agency: shown on the contact page, in every page's footer and on the
-- offline page. Every column may be empty: an agency is usable before its contact details are given.
CREATE TABLE agency_contact (
    agency_id  UUID         NOT NULL PRIMARY KEY REFERENCES agency (id),
    version    BIGINT       NOT NULL,
    address    VARCHAR(300),
    desk_place VARCHAR(300),
    hotline    VARCHAR(20),
    email      VARCHAR(254),
    sms_number VARCHAR(15),
    map_url    VARCHAR(500)
);

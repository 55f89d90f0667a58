package vn.motcua.catalog;

import java.time.LocalDate;

/** The announcing decision (quyết định công bố) behind a version: its number, date and signer. */
public record Decision(String number, LocalDate date, String signer) {
}

package vn.motcua.petition;

import java.time.LocalDate;
import java.time.LocalTime;

/** A scheduled citizen reception: the director's monthly day, or a regular weekly session. */
public record ReceptionSession(LocalDate date, LocalTime from, LocalTime to, boolean director, String place) {
}
